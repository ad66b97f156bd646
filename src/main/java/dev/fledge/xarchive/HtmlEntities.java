package dev.fledge.xarchive;

/**
 * X stores post, like and DM texts HTML-escaped for exactly {@code &}, {@code <} and {@code >} (FORMAT.md §5.3.5).
 * Unescaping is done once, left to right: {@code &amp;lt;} (a user who typed {@code &lt;}) becomes {@code &lt;},
 * never {@code <}.
 */
public final class HtmlEntities {

    private HtmlEntities() {
    }

    /** Decodes {@code &amp;}, {@code &lt;}, {@code &gt;} in one left-to-right pass; null stays null. */
    public static String unescapeOnce(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        appendUnescaped(out, s, 0, s.length());
        return out.toString();
    }

    /** Appends {@code s[from, to)} to {@code out}, unescaping {@code &amp; &lt; &gt;}. */
    public static void appendUnescaped(StringBuilder out, String s, int from, int to) {
        int i = from;
        while (i < to) {
            int amp = s.indexOf('&', i);
            if (amp < 0 || amp >= to) {
                out.append(s, i, to);
                return;
            }
            out.append(s, i, amp);
            int skip = entityLength(s, amp, to);
            if (skip == 0) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(s.charAt(amp + 1) == 'a' ? '&' : s.charAt(amp + 1) == 'l' ? '<' : '>');
                i = amp + skip;
            }
        }
    }

    /** Length in chars of {@code s[from, to)} once unescaped. */
    public static int unescapedLength(String s, int from, int to) {
        int length = 0;
        int i = from;
        while (i < to) {
            if (s.charAt(i) == '&') {
                int skip = entityLength(s, i, to);
                if (skip > 0) {
                    length++;
                    i += skip;
                    continue;
                }
            }
            length++;
            i++;
        }
        return length;
    }

    /** 5 for {@code &amp;}, 4 for {@code &lt;}/{@code &gt;} starting at {@code at} and ending before {@code to}, else 0. */
    private static int entityLength(String s, int at, int to) {
        if (at + 4 <= to && s.charAt(at + 3) == ';' && s.charAt(at + 2) == 't') {
            char c = s.charAt(at + 1);
            if (c == 'l' || c == 'g') {
                return 4;
            }
        }
        if (at + 5 <= to && s.startsWith("amp;", at + 1)) {
            return 5;
        }
        return 0;
    }
}
