package dev.fledge.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one post says, filled in inside the builder's lambdas, e.g.
 * {@code b.post(p -> p.text("Hello ", mention(bob), " & bye").at(t).photo())}. Everything not set gets a sensible
 * default (time from the builder's clock, made-up ids, t.co links and media names, lang {@code en}, Twitter Web
 * App as source).
 */
public final class PostSpec {
    /** The kinds of post the builder writes differently. */
    enum Kind { POST, REPLY, SELF_REPLY, MENTION_FIRST, RETWEET }

    /** A media item asked for; {@code sizeBytes} -1 means "small valid stand-in". */
    record MediaRequest(MediaKind kind, int sizeBytes) {
    }

    static final String WEB_APP = "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>";

    final Kind kind;
    Object[] parts = new Object[0];
    Instant at;
    String id;
    String lang = "en";
    String source = WEB_APP;
    int favoriteCount;
    int retweetCount;
    final List<MediaRequest> media = new ArrayList<>();
    boolean mediaFilesMissing;
    String quoteUrl;
    boolean longPost;
    // replies, mention-first tweets and retweets
    XUser target;
    String replyToStatusId;
    boolean replyScreenNameOmitted;
    String originalId;

    PostSpec(Kind kind) {
        this.kind = kind;
    }

    /** The text: plain Strings (written HTML-escaped) mixed with {@link TextPart}s. Replaces earlier text. */
    public PostSpec text(Object... parts) {
        this.parts = parts.clone();
        return this;
    }

    /** Creation time; the id is derived from it. Default: the builder's clock. */
    public PostSpec at(Instant at) {
        this.at = at;
        return this;
    }

    /** Creation time as ISO-8601, e.g. {@code 2024-03-01T10:15:30Z}. */
    public PostSpec at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    /** A fixed id (a snowflake); the creation time is then read from the id unless {@link #at} agrees with it. */
    public PostSpec id(String id) {
        Long.parseLong(id);
        this.id = id;
        return this;
    }

    public PostSpec lang(String lang) {
        this.lang = lang;
        return this;
    }

    /** The client, as the HTML anchor X stores, e.g. {@code <a href="…" rel="nofollow">Twitter for iPhone</a>}. */
    public PostSpec source(String sourceHtml) {
        this.source = sourceHtml;
        return this;
    }

    public PostSpec counts(int favorites, int retweets) {
        this.favoriteCount = favorites;
        this.retweetCount = retweets;
        return this;
    }

    /** Adds a photo (a tiny valid JPEG file). Up to four photos, or one video/GIF, per post. */
    public PostSpec photo() {
        return addMedia(MediaKind.PHOTO, -1);
    }

    /** Adds a photo whose file has exactly {@code sizeBytes} bytes. */
    public PostSpec photo(int sizeBytes) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
        return addMedia(MediaKind.PHOTO, sizeBytes);
    }

    /** Adds a video (its file is the highest-bitrate mp4 variant, a few bytes by default). */
    public PostSpec video() {
        return addMedia(MediaKind.VIDEO, -1);
    }

    public PostSpec video(int sizeBytes) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
        return addMedia(MediaKind.VIDEO, sizeBytes);
    }

    /** Adds an animated GIF (stored by X as one mp4 with bitrate 0). */
    public PostSpec gif() {
        return addMedia(MediaKind.GIF, -1);
    }

    /** The media entities are written but their files are left out of the ZIP (X sometimes omits them). */
    public PostSpec mediaFilesMissing() {
        this.mediaFilesMissing = true;
        return this;
    }

    /**
     * Quotes a post: appends a t.co link whose expanded URL is {@code statusUrl}, e.g.
     * {@code https://twitter.com/carol/status/1790000000000000000} or {@code https://x.com/carol/status/…?s=20}.
     */
    public PostSpec quoting(String statusUrl) {
        this.quoteUrl = statusUrl;
        return this;
    }

    /** Replies only: leave out {@code in_reply_to_screen_name}, as X does when the replied-to account is gone. */
    public PostSpec withoutReplyScreenName() {
        this.replyScreenNameOmitted = true;
        return this;
    }

    /** Retweets only: the id of the retweeted post (used for the media's {@code source_status_id}). */
    public PostSpec originalId(String originalId) {
        Long.parseLong(originalId);
        this.originalId = originalId;
        return this;
    }

    /** Adds a media item; {@code sizeBytes} -1 for the stand-in. */
    PostSpec addMedia(MediaKind kind, int sizeBytes) {
        boolean hasVideo = media.stream().anyMatch(m -> m.kind() != MediaKind.PHOTO);
        if (hasVideo || (kind != MediaKind.PHOTO && !media.isEmpty()) || media.size() == 4) {
            throw new IllegalStateException("a post has up to 4 photos or a single video/GIF");
        }
        media.add(new MediaRequest(kind, sizeBytes));
        return this;
    }
}
