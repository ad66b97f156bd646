package dev.fledge.render.activitypub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the importers of Mastodon archives do with a Note's {@code content}, reduced to the parts that decide whether
 * a post survives and how mentions and hashtags come out (own re-statements of the behaviour MASTODON-ARCHIVE.md §6
 * describes, not copies of their code):
 * <ul>
 * <li>slurp converts the HTML to Markdown (links become {@code [text](href)}) and skips the post when the Markdown
 *     starts with {@code [@} or, after replacing {@code https://host/@word} URLs, contains {@code @\w+} (ASCII
 *     {@code \w}); it turns {@code [#tag](href)} back into {@code #tag} when text and href equal the tag's;</li>
 * <li>Misskey/Sharkey turn HTML into MFM: an {@code <a>} whose text is a hashtag name stays text, one whose text
 *     starts with {@code @} becomes a mention {@code @name@host}, other links {@code [text](href)} (or the bare URL
 *     when text and href are equal); in MFM, {@code @name} is a mention.</li>
 * </ul>
 */
public final class ImporterSimulation {
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>|([^<]+)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SLURP_MENTION = Pattern.compile("@[A-Za-z0-9_]+");
    private static final Pattern SLURP_AT_LINK = Pattern.compile("https://[a-z0-9.-]+/@[A-Za-z0-9_]+");
    private static final Pattern MFM_MENTION = Pattern.compile("(?<![A-Za-z0-9_])@[A-Za-z0-9_]+");

    private ImporterSimulation() {
    }

    /** A link of the content: its href and its text. */
    public record Link(String href, String text) {
    }

    /** The Markdown slurp posts, approximated (links, line breaks, paragraphs, entities). */
    public static String slurpMarkdown(String html) {
        StringBuilder out = new StringBuilder();
        StringBuilder linkText = null;
        String href = null;
        boolean firstParagraph = true;
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(4) != null) {
                String text = unescape(m.group(4));
                (linkText != null ? linkText : out).append(text);
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            switch (tag) {
                case "p" -> {
                    if (!closing) {
                        if (!firstParagraph) {
                            out.append("\n\n");
                        }
                        firstParagraph = false;
                    }
                }
                case "br" -> out.append('\n');
                case "a" -> {
                    if (!closing) {
                        Matcher h = HREF.matcher(m.group(3));
                        href = h.find() ? unescape(h.group(1)) : "";
                        linkText = new StringBuilder();
                    } else if (linkText != null) {
                        out.append('[').append(linkText).append("](").append(href).append(')');
                        linkText = null;
                    }
                }
                default -> {
                    // spans and other inline tags carry no Markdown
                }
            }
        }
        return out.toString();
    }

    /** Whether slurp skips the post for looking like a reply or a mention. */
    public static boolean slurpSkipsAsMention(String html) {
        String markdown = slurpMarkdown(html);
        if (markdown.startsWith("[@")) {
            return true;
        }
        return SLURP_MENTION.matcher(SLURP_AT_LINK.matcher(markdown).replaceAll("at_link_placeholder")).find();
    }

    /** The links of the content, in order. */
    public static List<Link> links(String html) {
        List<Link> links = new ArrayList<>();
        StringBuilder text = null;
        String href = null;
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(4) != null) {
                if (text != null) {
                    text.append(unescape(m.group(4)));
                }
            } else if (m.group(2).equalsIgnoreCase("a")) {
                if (m.group(1).isEmpty()) {
                    Matcher h = HREF.matcher(m.group(3));
                    href = h.find() ? unescape(h.group(1)) : "";
                    text = new StringBuilder();
                } else if (text != null) {
                    links.add(new Link(href, text.toString()));
                    text = null;
                }
            }
        }
        return links;
    }

    /** Misskey's MFM for the content, approximated, with the post's hashtag names ({@code #tag}). */
    public static String misskeyText(String html, List<String> hashtagNames) {
        StringBuilder out = new StringBuilder();
        StringBuilder linkText = null;
        String href = null;
        boolean firstParagraph = true;
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(4) != null) {
                (linkText != null ? linkText : out).append(unescape(m.group(4)));
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "p" -> {
                    if (!closing && !firstParagraph) {
                        out.append("\n\n");
                    }
                    firstParagraph = false;
                }
                case "br" -> out.append('\n');
                case "a" -> {
                    if (!closing) {
                        Matcher h = HREF.matcher(m.group(3));
                        href = h.find() ? unescape(h.group(1)) : "";
                        linkText = new StringBuilder();
                    } else if (linkText != null) {
                        String txt = linkText.toString();
                        String lower = txt.toLowerCase(Locale.ROOT);
                        if (hashtagNames.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower))) {
                            out.append(txt);
                        } else if (txt.startsWith("@")) {
                            out.append(txt).append('@').append(java.net.URI.create(href).getHost());
                        } else if (txt.equals(href)) {
                            out.append(href);
                        } else {
                            out.append('[').append(txt).append("](").append(href).append(')');
                        }
                        linkText = null;
                    }
                }
                default -> {
                    // no MFM
                }
            }
        }
        return out.toString();
    }

    /** The {@code @name} mentions Misskey's MFM parser would find in {@code mfm}, outside link targets. */
    public static List<String> misskeyMentions(String mfm) {
        String withoutTargets = mfm.replaceAll("\\]\\([^)]*\\)", "]");
        List<String> found = new ArrayList<>();
        Matcher m = MFM_MENTION.matcher(withoutTargets);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Decodes the entities OWASP Encoder and Mastodon write. */
    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
