package dev.fledge.render.activitypub;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.PostEntities;
import dev.fledge.model.TagEntity;
import org.owasp.encoder.Encode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of a post's {@code content}, as Mastodon renders statuses: one {@code <p>} per paragraph (a blank line
 * separates paragraphs), {@code <br>} for a single line break, links as {@code <a>} showing the URL (scheme hidden,
 * cut after 30 characters with the rest in an invisible span, as Mastodon does), hashtags as
 * {@code <a class="mention hashtag" rel="tag">#<span>tag</span></a>}, mentions as {@link MentionStyle} says, cashtags
 * as text. Built from the model's entities (UTF-16 offsets into the plain text); every piece of user text goes
 * through OWASP Encoder ({@code Encode.forHtml}, {@code Encode.forHtmlAttribute} for {@code href}), so no {@code <}
 * of the user's text reaches the HTML unescaped. Only {@code http}/{@code https} URLs become links.
 */
public final class ContentHtml {
    /** U+2060 WORD JOINER: invisible, and no mention parser reads {@code @}+joiner+name as a mention. */
    public static final char WORD_JOINER = '\u2060';
    private static final String LINK_REL = "nofollow noopener noreferrer";
    private static final Pattern URL_PREFIX = Pattern.compile("\\Ahttps?://(www\\.)?");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#<>\"'@]+(?:[/?#]|$)");
    private static final Pattern SCREEN_NAME = Pattern.compile("[A-Za-z0-9_]{1,50}");
    private static final int DISPLAY_LENGTH = 30;

    private final ActorIris iris;
    private final MentionStyle mentions;

    public ContentHtml(ActorIris iris, MentionStyle mentions) {
        this.iris = iris;
        this.mentions = mentions;
    }

    /** A hashtag of a post, as the {@code tag} array carries it. */
    public record Hashtag(String name, String href) {
    }

    private enum SpanKind { LINK, MENTION, HASHTAG, TEXT }

    private record Span(int start, int end, SpanKind kind, String value) {
    }

    /** The content HTML of a post's text; the empty string when the text is blank. */
    public String post(String text, PostEntities entities) {
        if (text == null) {
            return "";
        }
        List<Span> spans = new ArrayList<>();
        for (LinkEntity link : entities.links()) {
            spans.add(new Span(link.start(), link.end(), SpanKind.LINK, link.expandedUrl()));
        }
        for (MentionEntity mention : entities.mentions()) {
            spans.add(new Span(mention.start(), mention.end(), SpanKind.MENTION, mention.screenName()));
        }
        for (TagEntity tag : entities.hashtags()) {
            spans.add(new Span(tag.start(), tag.end(), SpanKind.HASHTAG, tag.text()));
        }
        for (TagEntity tag : entities.cashtags()) {
            spans.add(new Span(tag.start(), tag.end(), SpanKind.TEXT, null));
        }
        return render(text, spans);
    }

    /**
     * HTML for free text without entities (the profile bio): paragraphs and line breaks as for posts, bare
     * {@code http(s)} URLs as links, {@code @word} defused unless mentions are {@link MentionStyle#TEXT}/{@code LINK}.
     */
    public String plainText(String text) {
        if (text == null) {
            return "";
        }
        List<Span> spans = new ArrayList<>();
        Matcher m = BARE_URL.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), SpanKind.LINK, m.group()));
        }
        return render(text, spans);
    }

    /** The hashtags of a post for the {@code tag} array: {@code #text}, once per tag (case-insensitive). */
    public List<Hashtag> hashtags(PostEntities entities) {
        Map<String, Hashtag> unique = new LinkedHashMap<>();
        for (TagEntity tag : entities.hashtags()) {
            if (tag.text() != null && !tag.text().isBlank()) {
                unique.putIfAbsent(tag.text().toLowerCase(Locale.ROOT),
                        new Hashtag("#" + tag.text(), iris.hashtag(tag.text())));
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * A link as Mastodon renders one: the scheme (and {@code www.}) in an invisible span, the next 30 characters
     * visible, the rest invisible with class {@code ellipsis} on the visible part when cut.
     *
     * @param relMe adds {@code me} to {@code rel} (profile fields)
     */
    public static String link(String url, String visible, boolean relMe) {
        Matcher prefixMatch = URL_PREFIX.matcher(visible);
        String prefix = prefixMatch.find() ? prefixMatch.group() : "";
        String rest = visible.substring(prefix.length());
        int cut = rest.length() <= DISPLAY_LENGTH ? rest.length() : DISPLAY_LENGTH;
        if (cut < rest.length() && Character.isHighSurrogate(rest.charAt(cut - 1))) {
            cut--;
        }
        String display = rest.substring(0, cut);
        String suffix = rest.substring(cut);
        return "<a href=\"" + Encode.forHtmlAttribute(href(url)) + "\" target=\"_blank\" rel=\"" + LINK_REL
                + (relMe ? " me" : "") + "\" translate=\"no\"><span class=\"invisible\">" + Encode.forHtml(prefix)
                + "</span><span class=\"" + (suffix.isEmpty() ? "" : "ellipsis") + "\">" + Encode.forHtml(display)
                + "</span><span class=\"invisible\">" + Encode.forHtml(suffix) + "</span></a>";
    }

    /**
     * The URL as an {@code href}: characters that may not appear in a URL (space, quotes, {@code < > \\ ^ `} and
     * braces, bars, controls) percent-encoded as browsers do, so that even a naive parser cannot read the URL as
     * markup. Everything else, {@code %} escapes included, is kept.
     */
    public static String href(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean unsafe = c <= 0x20 || c == 0x7F || "\"<>\\^`{|}'".indexOf(c) >= 0;
            if (unsafe && out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4 & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? url : out.toString();
    }

    /**
     * True for an absolute {@code http}/{@code https} URL with a host (what Mastodon keeps as a link). The rest of the
     * URL is not judged: it only ever appears escaped.
     */
    public static boolean isWebUrl(String url) {
        return url != null && WEB_URL.matcher(url).lookingAt();
    }

    /**
     * Inserts U+2060 WORD JOINER after every {@code @} followed by an ASCII word character, and before an {@code @}
     * that follows {@code [}, so that neither Go's {@code @\w+} (slurp) nor a Markdown {@code [@…} prefix nor
     * Misskey's mention syntax matches. Other text is unchanged.
     */
    public static String defuse(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                if (i > 0 && text.charAt(i - 1) == '[') {
                    out.append(WORD_JOINER);
                }
                out.append(c);
                if (i + 1 < text.length() && isAsciiWord(text.charAt(i + 1))) {
                    out.append(WORD_JOINER);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private String render(String text, List<Span> given) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi && Character.isWhitespace(text.charAt(lo))) {
            lo++;
        }
        while (hi > lo && Character.isWhitespace(text.charAt(hi - 1))) {
            hi--;
        }
        if (lo == hi) {
            return "";
        }
        List<Span> spans = new ArrayList<>(given);
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        Writer writer = new Writer(Math.max(0, hi - lo));
        int pos = lo;
        for (Span span : spans) {
            if (span.start() < pos || span.end() > hi || span.start() >= span.end()) {
                continue; // overlapping, outside the trimmed text, or empty: its text stays plain
            }
            writer.plain(text, pos, span.start());
            writer.span(text, span);
            pos = span.end();
        }
        writer.plain(text, pos, hi);
        return writer.finish();
    }

    /** Accumulates paragraphs. */
    private final class Writer {
        private final StringBuilder out;
        private final StringBuilder run;
        private int pendingNewlines;

        /** {@code length}: of the text, to size the buffers once (links and markup make the HTML longer). */
        Writer(int length) {
            out = new StringBuilder(2 * length + 64).append("<p>");
            run = new StringBuilder(length);
        }

        void plain(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    if (i + 1 < to && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    c = '\n';
                }
                if (c == '\n') {
                    flushRun();
                    pendingNewlines++;
                } else {
                    breaks();
                    run.append(c);
                }
            }
            flushRun();
        }

        void span(String text, Span span) {
            breaks();
            String visible = text.substring(span.start(), span.end());
            switch (span.kind()) {
                case LINK -> {
                    if (isWebUrl(span.value())) {
                        out.append(link(span.value(), visible, false));
                    } else {
                        text(visible);
                    }
                }
                case MENTION -> mention(visible, span.value());
                case HASHTAG -> {
                    String tag = span.value() == null || span.value().isBlank() ? visible.substring(1) : span.value();
                    out.append("<a href=\"").append(Encode.forHtmlAttribute(iris.hashtag(tag)))
                            .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(Encode.forHtml(tag))
                            .append("</span></a>");
                }
                case TEXT -> text(visible);
            }
        }

        private void mention(String visible, String screenName) {
            String name = visible.length() > 1 ? visible.substring(1) : "";
            String target = screenName == null || screenName.isBlank() ? name : screenName;
            if (!SCREEN_NAME.matcher(target).matches() || name.isBlank() || mentions == MentionStyle.TEXT) {
                text(visible);
                return;
            }
            String href = Encode.forHtmlAttribute(ActorIris.xProfile(target));
            if (mentions == MentionStyle.DEFUSE) {
                out.append('@').append(WORD_JOINER).append("<a href=\"").append(href).append("\" target=\"_blank\" rel=\"")
                        .append(LINK_REL).append("\" translate=\"no\">").append(Encode.forHtml(name)).append("</a>");
            } else {
                out.append("<a href=\"").append(href).append("\" class=\"u-url mention\" target=\"_blank\" rel=\"")
                        .append(LINK_REL).append("\" translate=\"no\">@<span>").append(Encode.forHtml(name))
                        .append("</span></a>");
            }
        }

        private void text(String visible) {
            out.append(Encode.forHtml(mentions == MentionStyle.DEFUSE ? defuse(visible) : visible));
        }

        private void breaks() {
            if (pendingNewlines == 1) {
                out.append("<br>");
            } else if (pendingNewlines > 1) {
                out.append("</p><p>");
            }
            pendingNewlines = 0;
        }

        private void flushRun() {
            if (run.length() > 0) {
                text(run.toString());
                run.setLength(0);
            }
        }

        String finish() {
            flushRun();
            return out.append("</p>").toString();
        }
    }
}
