package dev.fledge.xarchive;

/** X ids are decimal numbers written as strings (1 to 20 digits). */
final class Ids {

    private Ids() {
    }

    static boolean isId(String text) {
        if (text == null || text.isEmpty() || text.length() > 20) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The id as a long, or -1 when it is not an id or does not fit in a long. */
    static long toLong(String text) {
        if (!isId(text) || text.length() > 19) {
            return -1;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Orders ids numerically (shorter first, then by digits), for ids of up to 20 digits. */
    static int compare(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
