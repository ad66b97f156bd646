package dev.fledge.render.normalized;

/** Strings from the archive made safe to write as UTF-8 JSON without changing their UTF-16 length. */
final class Texts {
    private Texts() {
    }

    /**
     * {@code text} with every unpaired surrogate replaced by U+FFFD. X cuts some texts in the middle of a surrogate
     * pair (legacy retweet truncation); a JSON encoder cannot write such a half character as UTF-8. The
     * replacement keeps every UTF-16 offset into the text valid. Returns {@code text} itself when it is fine.
     */
    static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return repaired(text);
                }
            }
        }
        return text;
    }

    private static String repaired(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
