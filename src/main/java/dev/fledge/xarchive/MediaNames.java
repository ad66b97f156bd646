package dev.fledge.xarchive;

/** Helpers for the media file naming rules of FORMAT.md §2.1. */
final class MediaNames {

    private MediaNames() {
    }

    /** The last path segment of a URL, without query string or fragment; "" when there is none. */
    static String lastSegment(String url) {
        if (url == null) {
            return "";
        }
        String u = url;
        int cut = u.indexOf('?');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        cut = u.indexOf('#');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        String segment = u.substring(u.lastIndexOf('/') + 1);
        return segment.contains(":") ? "" : segment;
    }
}
