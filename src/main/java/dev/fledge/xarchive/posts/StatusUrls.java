package dev.fledge.xarchive.posts;

/**
 * Recognises links to a post on X: {@code http(s)://(www.|mobile.)?(twitter|x).com/<user>/status(es)?/<id>},
 * optionally followed by {@code /}, a query or a fragment. No regex: this runs for every link of every post.
 */
final class StatusUrls {

    /** A recognised status link. */
    record StatusLink(String screenName, String postId) {
        /** {@code https://x.com/<user>/status/<id>}. */
        String canonicalUrl() {
            return "https://x.com/" + screenName + "/status/" + postId;
        }
    }

    private StatusUrls() {
    }

    /** The status the URL points to, or null when it is not a status link. */
    static StatusLink parse(String url) {
        return parse(url, false);
    }

    /** Like {@link #parse(String)} but allows a further path ({@code …/status/<id>/photo/1}, media links). */
    static StatusLink parsePrefix(String url) {
        return parse(url, true);
    }

    private static StatusLink parse(String url, boolean anyTail) {
        if (url == null) {
            return null;
        }
        int i;
        if (url.regionMatches(true, 0, "https://", 0, 8)) {
            i = 8;
        } else if (url.regionMatches(true, 0, "http://", 0, 7)) {
            i = 7;
        } else {
            return null;
        }
        if (url.regionMatches(true, i, "www.", 0, 4)) {
            i += 4;
        } else if (url.regionMatches(true, i, "mobile.", 0, 7)) {
            i += 7;
        }
        if (url.regionMatches(true, i, "twitter.com/", 0, 12)) {
            i += 12;
        } else if (url.regionMatches(true, i, "x.com/", 0, 6)) {
            i += 6;
        } else {
            return null;
        }
        int nameStart = i;
        int len = url.length();
        while (i < len && isNameChar(url.charAt(i))) {
            i++;
        }
        int nameEnd = i;
        if (nameEnd == nameStart || nameEnd - nameStart > 50 || i >= len || url.charAt(i) != '/') {
            return null;
        }
        i++;
        if (url.startsWith("statuses/", i)) {
            i += 9;
        } else if (url.startsWith("status/", i)) {
            i += 7;
        } else {
            return null;
        }
        int idStart = i;
        while (i < len && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
            i++;
        }
        if (i == idStart || i - idStart > 19) {
            return null;
        }
        if (i < len) {
            char next = url.charAt(i);
            if (next != '?' && next != '#' && !(next == '/' && (anyTail || i + 1 == len))) {
                return null;
            }
        }
        return new StatusLink(url.substring(nameStart, nameEnd), url.substring(idStart, i));
    }

    static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
