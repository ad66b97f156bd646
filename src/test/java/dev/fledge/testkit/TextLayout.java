package dev.fledge.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A post or message text as a list of segments (plain text, or the rendering of one entity), and the rules that
 * turn it into what X stores: escaped text with entity indices in code points over the escaped text (FORMAT.md
 * §5.3.5), or the raw text of note tweets; the legacy truncation with {@code …}.
 */
final class TextLayout {
    static final String ELLIPSIS = "\u2026";

    /**
     * One piece of text. {@code entity} is null for plain text; {@code media} marks the trailing media link.
     * Links have their t.co and display URL filled in.
     */
    record Segment(String text, TextPart entity, boolean media) {
        static Segment plain(String text) {
            return new Segment(text, null, false);
        }

        static Segment mediaLink(String tco) {
            return new Segment(tco, null, true);
        }

        boolean isEntity() {
            return entity != null || media;
        }
    }

    /** An entity with its place in the rendered text, {@code [start, end)} in code points. */
    record Placed(TextPart entity, boolean media, int start, int end) {
    }

    /** The text as stored plus where each entity is. */
    record Rendered(String text, List<Placed> entities) {
        int codePoints() {
            return text.codePointCount(0, text.length());
        }
    }

    private TextLayout() {
    }

    /** Turns user parts (Strings and {@link TextPart}s) into segments, making up t.co links where none was given. */
    static List<Segment> segments(Object[] parts, Names names) {
        List<Segment> segments = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String s) {
                segments.add(Segment.plain(s));
            } else if (part instanceof TextPart.Mention m) {
                segments.add(new Segment("@" + m.user().screenName(), m, false));
            } else if (part instanceof TextPart.Hashtag h) {
                segments.add(new Segment((h.fullWidthSign() ? "\uFF03" : "#") + h.tag(), h, false));
            } else if (part instanceof TextPart.Cashtag c) {
                segments.add(new Segment("$" + c.symbol(), c, false));
            } else if (part instanceof TextPart.Link l) {
                TextPart.Link resolved = resolve(l, names);
                segments.add(new Segment(resolved.tco(), resolved, false));
            } else {
                throw new IllegalArgumentException("text parts are Strings or TextParts, not "
                        + (part == null ? "null" : part.getClass().getSimpleName()));
            }
        }
        return segments;
    }

    static TextPart.Link resolve(TextPart.Link link, Names names) {
        String tco = link.tco() != null ? link.tco() : names.tco();
        String display = link.displayUrl() != null ? link.displayUrl() : displayUrl(link.expandedUrl());
        return new TextPart.Link(tco, link.expandedUrl(), display);
    }

    /** {@code https://www.blog.example/a/b} → {@code blog.example/a/b}, cut to 26 code points plus {@code …}. */
    static String displayUrl(String expandedUrl) {
        String display = expandedUrl.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        if (display.codePointCount(0, display.length()) > 26) {
            display = display.substring(0, display.offsetByCodePoints(0, 26)) + ELLIPSIS;
        }
        return display;
    }

    /** Visible length (unescaped, code points). */
    static int codePoints(List<Segment> segments) {
        int n = 0;
        for (Segment s : segments) {
            n += s.text().codePointCount(0, s.text().length());
        }
        return n;
    }

    /**
     * The first {@code keep} visible code points followed by {@code …}. An entity cut in the middle becomes plain
     * text (X keeps only entities that are wholly visible).
     */
    static List<Segment> truncate(List<Segment> segments, int keep) {
        List<Segment> out = new ArrayList<>();
        int left = keep;
        for (Segment s : segments) {
            int length = s.text().codePointCount(0, s.text().length());
            if (length <= left) {
                out.add(s);
                left -= length;
            } else {
                if (left > 0) {
                    out.add(Segment.plain(s.text().substring(0, s.text().offsetByCodePoints(0, left))));
                }
                break;
            }
        }
        out.add(Segment.plain(ELLIPSIS));
        return out;
    }

    /** Renders the segments; {@code escape} applies {@link ArchiveJson#escapeHtml} to every segment first. */
    static Rendered render(List<Segment> segments, boolean escape) {
        StringBuilder text = new StringBuilder();
        List<Placed> placed = new ArrayList<>();
        int position = 0;
        for (Segment s : segments) {
            String piece = escape ? ArchiveJson.escapeHtml(s.text()) : s.text();
            int length = piece.codePointCount(0, piece.length());
            if (s.isEntity()) {
                placed.add(new Placed(s.entity(), s.media(), position, position + length));
            }
            text.append(piece);
            position += length;
        }
        return new Rendered(text.toString(), placed);
    }

    /** The plain (unescaped) text of the segments. */
    static String plain(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
