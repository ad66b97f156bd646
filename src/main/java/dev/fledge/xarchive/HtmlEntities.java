package dev.fledge.xarchive;

/**
 * X stores post, like and DM texts HTML-escaped for exactly {@code &}, {@code <} and {@code >} (FORMAT.md §5.3.5).
 * {@link #unescapeOnce} undoes that one level: {@code &amp;lt;} (a user who typed {@code &lt;}) becomes
 * {@code &lt;}, never {@code <}.
 */
public final class HtmlEntities {

    private HtmlEntities() {
    }

    /** Decodes {@code &amp;}, {@code &lt;}, {@code &gt;} in one left-to-right pass; null stays null. */
    public static String unescapeOnce(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                if (text.startsWith("&amp;", i)) {
                    out.append('&');
                    i += 5;
                    continue;
                }
                if (text.startsWith("&lt;", i)) {
                    out.append('<');
                    i += 4;
                    continue;
                }
                if (text.startsWith("&gt;", i)) {
                    out.append('>');
                    i += 4;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
