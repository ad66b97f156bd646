package dev.fledge.testkit;

/**
 * A piece of a post's text that X turns into an entity. Post texts are written as plain text mixed with these
 * parts, e.g. {@code p.text("Hi ", mention(bob), " & see ", link("https://blog.example/a"), " ", hashtag("news"))};
 * the builder escapes the plain text, renders each part ({@code @bob}, a t.co link, {@code #news}) and computes
 * every index itself (code points over the escaped text).
 */
public sealed interface TextPart {

    /** {@code @screen_name}; an {@link XUser#gone} user gives a mention with id "-1" and an empty name. */
    record Mention(XUser user) implements TextPart {
    }

    /** {@code #tag} (or {@code ＃tag} with the full-width sign); {@code tag} has no sign. */
    record Hashtag(String tag, boolean fullWidthSign) implements TextPart {
    }

    /** {@code $SYMBOL}; {@code symbol} has no sign. */
    record Cashtag(String symbol) implements TextPart {
    }

    /**
     * A link: the text shows the t.co short link; {@code tco} null means the builder makes one up.
     * {@code displayUrl} null means "derived from the expanded URL".
     */
    record Link(String tco, String expandedUrl, String displayUrl) implements TextPart {
    }

    public static Mention mention(XUser user) {
        return new Mention(user);
    }

    /** A mention of an account known only by id and handle (its display name is the handle). */
    public static Mention mention(String screenName, String id) {
        return new Mention(XUser.of(id, screenName, screenName));
    }

    public static Hashtag hashtag(String tag) {
        return new Hashtag(tag, false);
    }

    /** A hashtag typed with the full-width sign U+FF03, which X recognises too. */
    public static Hashtag fullWidthHashtag(String tag) {
        return new Hashtag(tag, true);
    }

    public static Cashtag cashtag(String symbol) {
        return new Cashtag(symbol);
    }

    /** A link to {@code expandedUrl}; the builder makes up the t.co link and derives the display URL. */
    public static Link link(String expandedUrl) {
        return new Link(null, expandedUrl, null);
    }

    public static Link link(String tco, String expandedUrl, String displayUrl) {
        return new Link(tco, expandedUrl, displayUrl);
    }
}
