package dev.fledge.xarchive.posts;

import dev.fledge.xarchive.HtmlEntities;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.TagEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a stored post text plus its entities into plain text with entity offsets in UTF-16 units of that plain text
 * (FORMAT.md §5.3.5).
 *
 * <p>X gives entity indices in Unicode code points over the stored, still HTML-escaped text. The assembler
 * converts them to UTF-16 positions in the stored text, checks that each slice really is the entity (the t.co
 * link, {@code @name}, {@code #tag}), and when it is not (owner-edited archives) searches the entity in the text;
 * entities found nowhere are dropped and counted. Then it writes the plain text piece by piece: text between
 * entities unescaped once, links replaced by their expanded URL, the t.co that points at attached media removed,
 * mentions and tags copied, recording each entity's new offsets as it goes.
 *
 * <p>One instance is reused for every row (not thread-safe); {@link #reset()} starts a new text.
 */
final class TextAssembler {

    static final int LINK = 0;
    static final int MEDIA = 1;
    static final int MENTION = 2;
    static final int HASHTAG = 3;
    static final int CASHTAG = 4;
    static final int TYPES = 5;

    // candidates (parallel arrays)
    private int count;
    private int[] types = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] first = new String[16];   // link/media: t.co url; mention: user id; tags: text
    private String[] second = new String[16];  // link: expanded url; mention: screen name
    private String[] third = new String[16];   // link: display url
    private boolean[] accepted = new boolean[16];
    private int[] order = new int[16];

    private final int[] dropped = new int[TYPES];

    // code point -> UTF-16 table (only built for texts with astral characters)
    private int[] cpToUnit = new int[256];
    private boolean astral;
    private int codePointCount;

    // output
    private final StringBuilder out = new StringBuilder(512);
    private String source;
    private boolean unescape;
    private String text;
    private List<LinkEntity> links;
    private List<MentionEntity> mentions;
    private List<TagEntity> hashtags;
    private List<TagEntity> cashtags;

    // segments: source range [srcStart, srcEnd) written as out range [outStart, outEnd); copy or replaced
    private int segments;
    private int[] segSrcStart = new int[32];
    private int[] segSrcEnd = new int[32];
    private int[] segOutStart = new int[32];
    private int[] segOutEnd = new int[32];
    private boolean[] segCopy = new boolean[32];

    void reset() {
        count = 0;
        Arrays.fill(dropped, 0);
    }

    void link(long cpStart, long cpEnd, String url, String expandedUrl, String displayUrl) {
        add(LINK, cpStart, cpEnd, emptyToNull(url), emptyToNull(expandedUrl), emptyToNull(displayUrl));
    }

    void media(long cpStart, long cpEnd, String url) {
        add(MEDIA, cpStart, cpEnd, emptyToNull(url), null, null);
    }

    void mention(long cpStart, long cpEnd, String userId, String screenName) {
        add(MENTION, cpStart, cpEnd, userId, emptyToNull(screenName), null);
    }

    void hashtag(long cpStart, long cpEnd, String tag) {
        add(HASHTAG, cpStart, cpEnd, emptyToNull(tag), null, null);
    }

    void cashtag(long cpStart, long cpEnd, String tag) {
        add(CASHTAG, cpStart, cpEnd, emptyToNull(tag), null, null);
    }

    /** Entities of {@code type} dropped by the last {@link #build} because they were found nowhere in the text. */
    int dropped(int type) {
        return dropped[type];
    }

    private void add(int type, long cpStart, long cpEnd, String a, String b, String c) {
        if (count == types.length) {
            int n = count * 2;
            types = Arrays.copyOf(types, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            third = Arrays.copyOf(third, n);
            accepted = Arrays.copyOf(accepted, n);
            order = Arrays.copyOf(order, n);
        }
        types[count] = type;
        starts[count] = cpStart < 0 || cpStart > Integer.MAX_VALUE ? -1 : (int) cpStart;
        ends[count] = cpEnd < 0 || cpEnd > Integer.MAX_VALUE ? -1 : (int) cpEnd;
        first[count] = a;
        second[count] = b;
        third[count] = c;
        count++;
    }

    /**
     * Builds the plain text of {@code stored}.
     *
     * @param unescape true for tweet texts (HTML-escaped), false for note tweets and tweets.csv (raw)
     */
    void build(String stored, boolean unescape) {
        this.source = stored == null ? "" : stored;
        this.unescape = unescape;
        this.segments = 0;
        links = new ArrayList<>(0);
        mentions = new ArrayList<>(0);
        hashtags = new ArrayList<>(0);
        cashtags = new ArrayList<>(0);
        String s = source;
        int len = s.length();
        prepareCodePoints(s);

        if (count == 0 && (!unescape || s.indexOf('&') < 0)) {
            text = s;
            addSegment(0, len, 0, len, true);
            return;
        }

        // 1. indices as given
        for (int k = 0; k < count; k++) {
            accepted[k] = false;
            int cs = starts[k];
            int ce = ends[k];
            if (cs < 0 || ce < cs || ce > codePointCount) {
                continue;
            }
            int us = unit(cs);
            int ue = unit(ce);
            if (matches(k, us, ue)) {
                starts[k] = us;
                ends[k] = ue;
                accepted[k] = true;
            } else if (astral && ce <= s.length() && matches(k, cs, ce)) {
                // the same numbers read as UTF-16 units (seen in note tweets' style ranges)
                accepted[k] = true;
            }
        }
        // keep accepted ones that overlap nothing accepted before (same t.co given twice, bad data)
        int n = sortAccepted();
        int kept = 0;
        int lastEnd = 0;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            if (starts[k] < lastEnd) {
                if (!(types[k] == MEDIA && types[order[kept - 1]] == MEDIA)) {
                    dropped[types[k]]++;
                }
                accepted[k] = false;
                starts[k] = -2; // settled: not searched again
                continue;
            }
            lastEnd = ends[k];
            order[kept++] = k;
        }
        // 2. search the others in the text
        for (int k = 0; k < count; k++) {
            if (accepted[k] || starts[k] == -2) {
                continue;
            }
            if (!relocate(k)) {
                dropped[types[k]]++;
            }
        }
        n = sortAccepted();

        // 3. write
        out.setLength(0);
        int pos = 0;
        int lastMediaEnd = -1;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            int es = starts[k];
            int ee = ends[k];
            if (es < pos) {
                continue;
            }
            appendCopy(pos, es);
            int os = out.length();
            switch (types[k]) {
                case LINK -> {
                    String url = first[k] != null ? first[k] : s.substring(es, ee);
                    String shown = second[k] != null ? second[k] : url;
                    out.append(shown);
                    addSegment(es, ee, os, out.length(), false);
                    links.add(new LinkEntity(os, out.length(), url, shown, third[k]));
                }
                case MEDIA -> {
                    addSegment(es, ee, os, os, false);
                    lastMediaEnd = ee;
                    if (ee < len && s.charAt(ee) == ' ' && os > 0 && out.charAt(os - 1) == ' ') {
                        ee++;
                    }
                }
                case MENTION -> {
                    appendCopy(es, ee);
                    mentions.add(new MentionEntity(os, out.length(), first[k], second[k]));
                }
                case HASHTAG -> {
                    appendCopy(es, ee);
                    hashtags.add(new TagEntity(os, out.length(), first[k]));
                }
                default -> {
                    appendCopy(es, ee);
                    cashtags.add(new TagEntity(os, out.length(), first[k]));
                }
            }
            pos = ee;
        }
        appendCopy(pos, len);
        if (lastMediaEnd >= 0 && isBlank(s, lastMediaEnd, len)) {
            int end = out.length();
            int floor = entityEnd();
            while (end > floor && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
        }
        text = out.toString();
    }

    String text() {
        return text;
    }

    List<LinkEntity> links() {
        return links;
    }

    List<MentionEntity> mentions() {
        return mentions;
    }

    List<TagEntity> hashtags() {
        return hashtags;
    }

    List<TagEntity> cashtags() {
        return cashtags;
    }

    /**
     * Where code point {@code cp} of the stored text ended up in the plain text of the last {@link #build}: a
     * position inside a replaced link maps to the link's start (or its end when {@code isEnd}). -1 when out of range.
     */
    int mapCodePoint(long cp, boolean isEnd) {
        if (cp < 0 || cp > codePointCount) {
            return -1;
        }
        return mapUnit(unit((int) cp), isEnd);
    }

    /** Like {@link #mapCodePoint} for a UTF-16 position of the stored text. */
    int mapUnit(long unit, boolean isEnd) {
        if (unit < 0 || unit > source.length()) {
            return -1;
        }
        int src = (int) unit;
        if (src > 0 && src < source.length() && Character.isLowSurrogate(source.charAt(src))
                && Character.isHighSurrogate(source.charAt(src - 1))) {
            src += isEnd ? 1 : -1;
        }
        for (int i = 0; i < segments; i++) {
            if (src < segSrcStart[i]) {
                return clamp(segOutStart[i]);
            }
            if (src <= segSrcEnd[i]) {
                if (segCopy[i]) {
                    int offset = unescape
                            ? HtmlEntities.unescapedLength(source, segSrcStart[i], src)
                            : src - segSrcStart[i];
                    return clamp(segOutStart[i] + offset);
                }
                if (src == segSrcStart[i]) {
                    return clamp(segOutStart[i]);
                }
                return clamp(src == segSrcEnd[i] || isEnd ? segOutEnd[i] : segOutStart[i]);
            }
        }
        return text.length();
    }

    private int clamp(int offset) {
        return Math.min(offset, text.length());
    }

    private int entityEnd() {
        int end = 0;
        for (LinkEntity e : links) end = Math.max(end, e.end());
        for (MentionEntity e : mentions) end = Math.max(end, e.end());
        for (TagEntity e : hashtags) end = Math.max(end, e.end());
        for (TagEntity e : cashtags) end = Math.max(end, e.end());
        return end;
    }

    private void appendCopy(int from, int to) {
        if (from >= to) {
            return;
        }
        int os = out.length();
        if (unescape) {
            HtmlEntities.appendUnescaped(out, source, from, to);
        } else {
            out.append(source, from, to);
        }
        addSegment(from, to, os, out.length(), true);
    }

    private void addSegment(int srcStart, int srcEnd, int outStart, int outEnd, boolean copy) {
        if (segments == segSrcStart.length) {
            int n = segments * 2;
            segSrcStart = Arrays.copyOf(segSrcStart, n);
            segSrcEnd = Arrays.copyOf(segSrcEnd, n);
            segOutStart = Arrays.copyOf(segOutStart, n);
            segOutEnd = Arrays.copyOf(segOutEnd, n);
            segCopy = Arrays.copyOf(segCopy, n);
        }
        segSrcStart[segments] = srcStart;
        segSrcEnd[segments] = srcEnd;
        segOutStart[segments] = outStart;
        segOutEnd[segments] = outEnd;
        segCopy[segments] = copy;
        segments++;
    }

    /** Fills {@link #order} with the accepted candidates sorted by start; returns how many. */
    private int sortAccepted() {
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (accepted[k]) {
                int j = n++;
                while (j > 0 && starts[order[j - 1]] > starts[k]) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = k;
            }
        }
        return n;
    }

    private char[] chars = new char[512];

    private void prepareCodePoints(String s) {
        int len = s.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        s.getChars(0, len, chars, 0);
        char[] c = chars;
        astral = false;
        for (int i = 0; i < len; i++) {
            if (c[i] >= Character.MIN_SURROGATE && c[i] <= Character.MAX_SURROGATE) {
                astral = true;
                break;
            }
        }
        if (!astral) {
            codePointCount = len;
            return;
        }
        if (cpToUnit.length < len + 1) {
            cpToUnit = new int[Math.max(len + 1, cpToUnit.length * 2)];
        }
        int cp = 0;
        int i = 0;
        while (i < len) {
            cpToUnit[cp++] = i;
            i += Character.isHighSurrogate(c[i]) && i + 1 < len && Character.isLowSurrogate(c[i + 1]) ? 2 : 1;
        }
        cpToUnit[cp] = len;
        codePointCount = cp;
    }

    private int unit(int cp) {
        return astral ? cpToUnit[cp] : cp;
    }

    /** Whether the stored text at {@code [us, ue)} is candidate {@code k}. */
    private boolean matches(int k, int us, int ue) {
        String s = source;
        switch (types[k]) {
            case LINK, MEDIA -> {
                String url = first[k];
                if (url == null) {
                    return ue > us;
                }
                return ue - us == url.length() && s.startsWith(url, us);
            }
            case MENTION -> {
                return matchesSigil(us, ue, second[k], '@', '\uFF20');
            }
            case HASHTAG -> {
                return first[k] != null && matchesSigil(us, ue, first[k], '#', '\uFF03');
            }
            default -> {
                return first[k] != null && matchesSigil(us, ue, first[k], '$', '\uFF04');
            }
        }
    }

    private boolean matchesSigil(int us, int ue, String name, char sigil, char wideSigil) {
        if (ue - us < 2) {
            return false;
        }
        char c = source.charAt(us);
        if (c != sigil && c != wideSigil) {
            return false;
        }
        if (name == null) {
            return true;
        }
        return ue - us == name.length() + 1 && source.regionMatches(true, us + 1, name, 0, name.length());
    }

    /** Searches candidate {@code k} in the text where it overlaps no accepted entity; accepts it when found. */
    private boolean relocate(int k) {
        String s = source;
        int len = s.length();
        int type = types[k];
        if (type == LINK || type == MEDIA) {
            String url = first[k];
            if (url == null) {
                return false;
            }
            for (int at = s.indexOf(url); at >= 0; at = s.indexOf(url, at + 1)) {
                if (accept(k, at, at + url.length())) {
                    return true;
                }
            }
            return false;
        }
        String name = type == MENTION ? second[k] : first[k];
        if (name == null) {
            return false;
        }
        int width = name.length() + 1;
        for (int at = 0; at + width <= len; at++) {
            if (matchesSigil(at, at + width, name, sigil(type), wideSigil(type))
                    && (at + width == len || !isWordChar(s.charAt(at + width)))
                    && accept(k, at, at + width)) {
                return true;
            }
        }
        return false;
    }

    private boolean accept(int k, int us, int ue) {
        for (int j = 0; j < count; j++) {
            if (accepted[j] && us < ends[j] && starts[j] < ue) {
                return false;
            }
        }
        starts[k] = us;
        ends[k] = ue;
        accepted[k] = true;
        return true;
    }

    private static char sigil(int type) {
        return type == MENTION ? '@' : type == HASHTAG ? '#' : '$';
    }

    private static char wideSigil(int type) {
        return type == MENTION ? '\uFF20' : type == HASHTAG ? '\uFF03' : '\uFF04';
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
