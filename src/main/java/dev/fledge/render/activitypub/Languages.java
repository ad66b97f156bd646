package dev.fledge.render.activitypub;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code contentMap} key for a post's language: a BCP 47 tag when X detected a real language, else null. X
 * writes pseudo-codes that are no language ({@code und}, {@code zxx}, {@code art}, and {@code qam}, {@code qct},
 * {@code qht}, {@code qme}, {@code qst} for posts made of mentions, cashtags, hashtags, media or very short text)
 * and some legacy ISO 639 codes ({@code in}, {@code iw}, {@code ji}), which are mapped to their current ones.
 */
public final class Languages {
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Set<String> NOT_A_LANGUAGE = Set.of("und", "zxx", "art", "mis", "mul");
    private static final Map<String, String> LEGACY = Map.of("in", "id", "iw", "he", "ji", "yi");

    private Languages() {
    }

    /** The BCP 47 tag (e.g. {@code en}, {@code pt-BR}), or null when {@code xLanguage} is no real language. */
    public static String contentMapKey(String xLanguage) {
        if (xLanguage == null) {
            return null;
        }
        String lower = xLanguage.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!TAG.matcher(lower).matches()) {
            return null;
        }
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        if (NOT_A_LANGUAGE.contains(primary) || (primary.length() == 3 && primary.compareTo("qaa") >= 0
                && primary.compareTo("qtz") <= 0)) {
            return null;
        }
        primary = LEGACY.getOrDefault(primary, primary);
        if (dash < 0) {
            return primary;
        }
        String region = lower.substring(dash + 1);
        return primary + "-" + (region.length() == 2 ? region.toUpperCase(Locale.ROOT) : region);
    }
}
