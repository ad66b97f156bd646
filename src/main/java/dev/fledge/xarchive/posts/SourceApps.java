package dev.fledge.xarchive.posts;

import dev.fledge.xarchive.HtmlEntities;

import dev.fledge.model.SourceApp;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the {@code source} field ({@code <a href="URL" rel="nofollow">Client</a>}) into a {@link SourceApp}.
 * An archive uses a handful of distinct values, so results are cached (bounded).
 */
final class SourceApps {

    private static final int MAX_CACHED = 512;

    private final Map<String, SourceApp> cache = new HashMap<>();

    SourceApp parse(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        SourceApp cached = cache.get(source);
        if (cached != null) {
            return cached;
        }
        SourceApp app = parseUncached(source);
        if (cache.size() < MAX_CACHED) {
            cache.put(source, app);
        }
        return app;
    }

    static SourceApp parseUncached(String source) {
        String s = source.trim();
        if (!s.regionMatches(true, 0, "<a", 0, 2)) {
            return new SourceApp(HtmlEntities.unescapeOnce(s), null);
        }
        String url = null;
        int href = indexOfIgnoreCase(s, "href=");
        int tagEnd;
        if (href >= 0) {
            int valueStart = href + 5;
            char quote = valueStart < s.length() ? s.charAt(valueStart) : ' ';
            if (quote == '"' || quote == '\'') {
                int valueEnd = s.indexOf(quote, valueStart + 1);
                if (valueEnd > valueStart) {
                    url = HtmlEntities.unescapeOnce(s.substring(valueStart + 1, valueEnd));
                    tagEnd = s.indexOf('>', valueEnd);
                } else {
                    tagEnd = s.indexOf('>');
                }
            } else {
                tagEnd = s.indexOf('>');
            }
        } else {
            tagEnd = s.indexOf('>');
        }
        if (tagEnd < 0) {
            return new SourceApp(HtmlEntities.unescapeOnce(s), url);
        }
        int close = indexOfIgnoreCase(s, "</a>");
        String name = close > tagEnd ? s.substring(tagEnd + 1, close) : s.substring(tagEnd + 1);
        name = HtmlEntities.unescapeOnce(name.trim());
        if (url != null && url.isEmpty()) {
            url = null;
        }
        return new SourceApp(name.isEmpty() ? null : name, url);
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        for (int i = 0, last = s.length() - needle.length(); i <= last; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
