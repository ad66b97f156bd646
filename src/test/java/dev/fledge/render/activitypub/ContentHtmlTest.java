package dev.fledge.render.activitypub;

import dev.fledge.model.Account;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.PostEntities;
import dev.fledge.model.TagEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content HTML: escaping of every piece of user text, links, hashtags, mentions, paragraphs. */
class ContentHtmlTest {
    private static final ActorIris IRIS = ActorIris.of(new Account("1", "me", "Me", Instant.EPOCH, false, false, null,
            List.of()), null);
    private static final ContentHtml DEFUSE = new ContentHtml(IRIS, MentionStyle.DEFUSE);
    private static final String LINK_ATTRIBUTES = " target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\"";

    private static PostEntities links(LinkEntity... links) {
        return new PostEntities(List.of(links), List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("<script>, &, double and single quotes in the text are escaped")
    void escapesText() {
        assertEquals("<p>&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt; &amp; &#39;x&#39; &amp;amp;</p>",
                DEFUSE.post("<script>alert(\"hi\")</script> & 'x' &amp;", PostEntities.NONE));
    }

    @Test
    @DisplayName("a hostile URL cannot leave its href attribute or inject markup in the link text")
    void escapesLinks() {
        String url = "https://evil.example/\"><script>x</script>";
        String text = "go " + url;
        String html = DEFUSE.post(text, links(new LinkEntity(3, text.length(), "https://t.co/a", url, null)));
        assertTrue(html.startsWith("<p>go <a href=\"https://evil.example/%22%3E%3Cscript%3Ex%3C/script%3E\""), html);
        assertTrue(html.contains(">evil.example/&#34;&gt;&lt;script&gt;x&lt;/scri</span>"), html);
        assertFalse(html.contains("<script"), html);
        assertEquals(0, withoutOwnTags(html).indexOf('<') + 1, html);
    }

    @Test
    @DisplayName("a hashtag or mention whose text is hostile is escaped (a mention that is no X screen name stays text)")
    void escapesTagsAndMentions() {
        String text = "#a<b @c\"d";
        String html = DEFUSE.post(text, new PostEntities(List.of(), List.of(new MentionEntity(5, 9, "9", "c\"d")),
                List.of(new TagEntity(0, 4, "a<b")), List.of()));
        assertTrue(html.contains("#<span>a&lt;b</span>"), html);
        assertTrue(html.contains("href=\"https://x.com/hashtag/a%3Cb\""), html);
        assertTrue(html.endsWith(" @\u2060c&#34;d</p>"), "a screen name X cannot have stays text: " + html);
        assertEquals(-1, withoutOwnTags(html).indexOf('<'), html);
    }

    @Test
    @DisplayName("never a raw < from user text: random texts with markup characters and random entities")
    void neverARawLessThan() {
        Random random = new Random(5);
        String alphabet = "ab <>&\"'#@\n/:.=x😀";
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            List<LinkEntity> links = new ArrayList<>();
            List<MentionEntity> mentions = new ArrayList<>();
            List<TagEntity> tags = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                int start = random.nextInt(s.length() + 2) - 1;
                int end = start + random.nextInt(12);
                switch (random.nextInt(3)) {
                    case 0 -> links.add(new LinkEntity(start, end, "https://t.co/x", "https://a.example/<" + s, null));
                    case 1 -> mentions.add(new MentionEntity(start, end, "1", s));
                    default -> tags.add(new TagEntity(start, end, s));
                }
            }
            for (MentionStyle style : MentionStyle.values()) {
                String html = new ContentHtml(IRIS, style).post(s, new PostEntities(links, mentions, tags, List.of()));
                assertEquals(-1, withoutOwnTags(html).indexOf('<'), () -> "raw < in " + html);
                assertEquals(-1, withoutOwnTags(html).indexOf('>'), () -> "raw > in " + html);
            }
        }
    }

    @Test
    @DisplayName("links show the URL as Mastodon does: scheme invisible, 30 characters, the rest invisible")
    void linkDisplay() {
        String url = "https://www.example.com/a/very/long/path/that/goes/on";
        String html = DEFUSE.post(url, links(new LinkEntity(0, url.length(), "https://t.co/a", url, "example.com/a/…")));
        assertEquals("<p><a href=\"" + url + "\"" + LINK_ATTRIBUTES + "><span class=\"invisible\">https://www.</span>"
                + "<span class=\"ellipsis\">example.com/a/very/long/path/t</span><span class=\"invisible\">hat/goes/on"
                + "</span></a></p>", html);
        String emoji = "https://a.example/" + "x".repeat(19) + "😀😀";
        String cut = ContentHtml.link(emoji, emoji, false);
        assertTrue(cut.contains("<span class=\"ellipsis\">a.example/" + "x".repeat(19)
                + "</span><span class=\"invisible\">😀😀</span>"), "never cut inside a surrogate pair: " + cut);
    }

    @Test
    @DisplayName("only http(s) URLs become links; others stay text")
    void onlyWebLinks() {
        String text = "run javascript:alert(1)";
        String html = DEFUSE.post(text, links(new LinkEntity(4, text.length(), "https://t.co/a", "javascript:alert(1)",
                null)));
        assertEquals("<p>run javascript:alert(1)</p>", html);
    }

    @Test
    @DisplayName("hashtags: <a class=\"mention hashtag\" rel=\"tag\">#<span>tag</span></a>, even for ＃tag")
    void hashtags() {
        String text = "＃Fedi rocks";
        PostEntities entities = new PostEntities(List.of(), List.of(), List.of(new TagEntity(0, 5, "Fedi")), List.of());
        assertEquals("<p><a href=\"https://x.com/hashtag/Fedi\" class=\"mention hashtag\" rel=\"tag\">#<span>Fedi"
                + "</span></a> rocks</p>", DEFUSE.post(text, entities));
        assertEquals(List.of(new ContentHtml.Hashtag("#Fedi", "https://x.com/hashtag/Fedi")), DEFUSE.hashtags(
                new PostEntities(List.of(), List.of(), List.of(new TagEntity(0, 5, "Fedi"), new TagEntity(6, 11, "fedi")),
                        List.of())));
    }

    @Test
    @DisplayName("paragraphs: a blank line starts a <p>, a single line break is <br>, CRLF too; edges trimmed")
    void paragraphs() {
        assertEquals("<p>a<br>b</p><p>c</p><p>d</p>", DEFUSE.post("\n a\nb\n\n\nc\r\n\r\nd \n", PostEntities.NONE));
        assertEquals("", DEFUSE.post(" \n ", PostEntities.NONE));
    }

    @Test
    @DisplayName("defuse: every @word gets U+2060 after the @ (emails too), [@ gets it before; other styles keep text")
    void defuse() {
        assertEquals("<p>mail me@\u2060example.com or [\u2060@\u2060x, not @ alone</p>",
                DEFUSE.post("mail me@example.com or [@x, not @ alone", PostEntities.NONE));
        assertEquals("<p>mail me@example.com</p>",
                new ContentHtml(IRIS, MentionStyle.TEXT).post("mail me@example.com", PostEntities.NONE));
        assertEquals("<p>mail me@example.com</p>",
                new ContentHtml(IRIS, MentionStyle.LINK).post("mail me@example.com", PostEntities.NONE));
    }

    @Test
    @DisplayName("a mention without screen name (deleted account) links the name as written; an empty one stays text")
    void mentionWithoutName() {
        assertEquals("<p>@\u2060<a href=\"https://x.com/gone\"" + LINK_ATTRIBUTES + ">gone</a> hi</p>",
                DEFUSE.post("@gone hi", new PostEntities(List.of(), List.of(new MentionEntity(0, 5, "-1", "")),
                        List.of(), List.of())));
        assertEquals("<p>@ hi</p>", DEFUSE.post("@ hi", new PostEntities(List.of(),
                List.of(new MentionEntity(0, 1, "-1", "")), List.of(), List.of())));
    }

    @Test
    @DisplayName("bio: free text with bare URLs linked and escaped")
    void plainText() {
        assertEquals("<p>I &lt;3 <a href=\"https://a.example/x?y=1&amp;z=2\"" + LINK_ATTRIBUTES
                        + "><span class=\"invisible\">https://</span><span class=\"\">a.example/x?y=1&amp;z=2</span>"
                        + "<span class=\"invisible\"></span></a></p>",
                DEFUSE.plainText("I <3 https://a.example/x?y=1&z=2"));
    }

    /** The HTML with the tags ContentHtml itself writes removed: what is left must be text. */
    private static String withoutOwnTags(String html) {
        return html.replaceAll("</?p>|<br>|</a>|</span>|<span( class=\"[a-z ]*\")?>|<a href=\"[^\"<>]*\"( class=\"[a-z -]+\")?"
                + "( rel=\"tag\")?( target=\"_blank\" rel=\"[a-z ]+\" translate=\"no\")?>", "");
    }
}
