package dev.fledge.testkit;

import dev.fledge.testkit.TextLayout.Rendered;
import dev.fledge.testkit.TextLayout.Segment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PostSpec} with every id, time, t.co link and media name decided, ready to be written by
 * {@link TweetRows} in any generation. Also knows which facts it contributes (reply, quote, …).
 */
final class ResolvedPost {
    /** Retweets keep X's legacy 140-character rendition (FORMAT.md §5.3.4). */
    static final int RETWEET_LIMIT = 140;
    /** Note tweets longer than this are cut in tweets.js… */
    static final int NOTE_TWEET_LIMIT = 280;
    /** …to this many visible characters plus {@code …} (FORMAT.md §5.4). */
    static final int NOTE_TWEET_KEEP = 275;

    final PostSpec.Kind kind;
    final String id;
    /** Millisecond precision, equal to the snowflake's time; {@code created_at} shows it cut to seconds. */
    final Instant createdAt;
    final XUser owner;
    /** What the user wrote, with the leading {@code @handle } of replies; without quote and media links. */
    final List<Segment> body;
    final TextPart.Link quote;
    final List<PostMedia> media;
    final String mediaTco;
    final boolean mediaFilesMissing;
    final String inReplyToStatusId;
    final String inReplyToUserId;
    final String inReplyToScreenName;
    /** The retweeted account, its post's id and time (retweets only). */
    final XUser retweetOf;
    final String originalId;
    final Instant originalCreatedAt;
    /** note-tweet.js id (long posts only), 13–41 ms before the post's id. */
    final String noteId;
    final String lang;
    final String source;
    final int favoriteCount;
    final int retweetCount;

    // set by the builder after resolution
    /** All versions of the edit chain, oldest first; a single element for unedited posts. */
    List<String> editIds;
    /** This row's place in {@link #editIds}. */
    int editIndex;
    /** Creation time of the chain's first version. */
    Instant editChainStart;
    /** deleted-tweets.js rows only. */
    Instant deletedAt;
    /** community-tweet.js rows only. */
    String communityId;

    private Rendered fullText;

    ResolvedPost(PostSpec spec, Names names, XUser owner, Instant defaultTime) {
        this.kind = spec.kind;
        this.owner = owner;
        if (spec.id != null) {
            Instant fromId = Snowflake.instant(spec.id);
            if (spec.at != null && !spec.at.truncatedTo(ChronoUnit.SECONDS).equals(fromId.truncatedTo(ChronoUnit.SECONDS))) {
                throw new IllegalArgumentException("post id " + spec.id + " encodes " + fromId + ", not " + spec.at);
            }
            this.id = spec.id;
            this.createdAt = fromId;
        } else {
            this.createdAt = spec.at != null ? spec.at : defaultTime;
            this.id = names.snowflake(createdAt);
        }
        List<Segment> segments = new ArrayList<>();
        if (kind == PostSpec.Kind.REPLY || kind == PostSpec.Kind.MENTION_FIRST) {
            segments.add(new Segment("@" + spec.target.screenName(), TextPart.mention(spec.target), false));
            segments.add(Segment.plain(" "));
        }
        segments.addAll(TextLayout.segments(spec.parts, names));
        this.body = List.copyOf(segments);

        switch (kind) {
            case REPLY -> {
                inReplyToStatusId = spec.replyToStatusId;
                inReplyToUserId = spec.target.id();
                inReplyToScreenName = spec.replyScreenNameOmitted ? null : spec.target.screenName();
            }
            case SELF_REPLY -> {
                inReplyToStatusId = spec.replyToStatusId;
                inReplyToUserId = owner.id();
                inReplyToScreenName = spec.replyScreenNameOmitted ? null : owner.screenName();
            }
            case MENTION_FIRST -> {
                inReplyToStatusId = null;
                inReplyToUserId = spec.target.id();
                inReplyToScreenName = spec.target.screenName();
            }
            default -> {
                inReplyToStatusId = null;
                inReplyToUserId = null;
                inReplyToScreenName = null;
            }
        }
        if (spec.replyScreenNameOmitted && kind != PostSpec.Kind.REPLY && kind != PostSpec.Kind.SELF_REPLY) {
            throw new IllegalStateException("withoutReplyScreenName() is for replies");
        }

        if (kind == PostSpec.Kind.RETWEET) {
            retweetOf = spec.target;
            originalCreatedAt = createdAt.minus(Duration.ofMinutes(names.between(5, 3 * 24 * 60)));
            originalId = spec.originalId != null ? spec.originalId : names.snowflake(originalCreatedAt);
        } else {
            if (spec.originalId != null) {
                throw new IllegalStateException("originalId() is for retweets");
            }
            retweetOf = null;
            originalCreatedAt = null;
            originalId = null;
        }

        this.quote = spec.quoteUrl == null ? null : TextLayout.resolve(TextPart.link(spec.quoteUrl), names);
        String statusPath = retweetOf != null
                ? retweetOf.screenName() + "/status/" + originalId
                : owner.screenName() + "/status/" + id;
        List<PostMedia> resolvedMedia = new ArrayList<>();
        for (PostSpec.MediaRequest request : spec.media) {
            // a retweet shows the original's media, uploaded before the original was posted
            resolvedMedia.add(PostMedia.resolve(request, names, retweetOf != null ? originalCreatedAt : createdAt, statusPath,
                    retweetOf != null ? originalId : null, retweetOf != null ? retweetOf.id() : null));
        }
        this.media = List.copyOf(resolvedMedia);
        this.mediaTco = media.isEmpty() ? null : names.tco();
        this.mediaFilesMissing = spec.mediaFilesMissing;
        this.noteId = spec.longPost ? names.snowflake(createdAt.minusMillis(names.between(13, 42))) : null;
        this.lang = spec.lang;
        this.source = spec.source;
        this.favoriteCount = spec.favoriteCount;
        this.retweetCount = spec.retweetCount;
        this.editIds = List.of(id);
        this.editIndex = 0;
        this.editChainStart = createdAt;
    }

    /** Links the versions of an edit chain (oldest first) through {@code edit_info}. */
    static void linkEdits(List<ResolvedPost> versions) {
        List<String> ids = versions.stream().map(v -> v.id).toList();
        for (int i = 0; i < versions.size(); i++) {
            versions.get(i).editIds = ids;
            versions.get(i).editIndex = i;
            versions.get(i).editChainStart = versions.get(0).createdAt;
        }
    }

    // ---------------------------------------------------------------- texts

    /** The post as its author wrote it: body, then the quote link, then the media link. */
    List<Segment> original() {
        List<Segment> out = new ArrayList<>(body);
        if (quote != null) {
            appendLink(out, new Segment(quote.tco(), quote, false));
        }
        if (mediaTco != null) {
            appendLink(out, Segment.mediaLink(mediaTco));
        }
        return out;
    }

    /** The segments of {@code full_text} (retweets prefixed and cut at 140, long posts cut at 275 + …). */
    List<Segment> tweetSegments() {
        if (retweetOf != null) {
            List<Segment> all = retweetPrefixed();
            return TextLayout.codePoints(all) > RETWEET_LIMIT ? TextLayout.truncate(all, RETWEET_LIMIT - 1) : all;
        }
        if (noteId != null && TextLayout.codePoints(body) > NOTE_TWEET_LIMIT) {
            List<Segment> out = new ArrayList<>(TextLayout.truncate(body, NOTE_TWEET_KEEP));
            if (quote != null) {
                appendLink(out, new Segment(quote.tco(), quote, false));
            }
            if (mediaTco != null) {
                appendLink(out, Segment.mediaLink(mediaTco));
            }
            return out;
        }
        return original();
    }

    /** {@code RT @author: } followed by the original text, uncut. */
    List<Segment> retweetPrefixed() {
        List<Segment> all = new ArrayList<>();
        all.add(Segment.plain("RT "));
        all.add(new Segment("@" + retweetOf.screenName(), TextPart.mention(retweetOf), false));
        all.add(Segment.plain(": "));
        all.addAll(original());
        return all;
    }

    /** {@code full_text}: escaped, with the entity positions. */
    Rendered fullText() {
        if (fullText == null) {
            fullText = TextLayout.render(tweetSegments(), true);
        }
        return fullText;
    }

    /**
     * Where the media link is: in the text, or, when a retweet was cut before it, where it would be in the uncut
     * text (X keeps the original's indices, which then point past the end of full_text).
     */
    int[] mediaIndices() {
        for (TextLayout.Placed placed : fullText().entities()) {
            if (placed.media()) {
                return new int[]{placed.start(), placed.end()};
            }
        }
        for (TextLayout.Placed placed : TextLayout.render(retweetPrefixed(), true).entities()) {
            if (placed.media()) {
                return new int[]{placed.start(), placed.end()};
            }
        }
        throw new IllegalStateException("post has no media");
    }

    /** {@link #mediaIndices()}, or null for posts without media. */
    int[] mediaIndicesOrNull() {
        return media.isEmpty() ? null : mediaIndices();
    }

    private static void appendLink(List<Segment> segments, Segment link) {
        String text = TextLayout.plain(segments);
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            segments.add(Segment.plain(" "));
        }
        segments.add(link);
    }

    // ---------------------------------------------------------------- facts

    boolean isReply() {
        return inReplyToStatusId != null;
    }

    boolean isSelfReply() {
        return isReply() && owner.id().equals(inReplyToUserId);
    }

    boolean isRetweet() {
        return retweetOf != null;
    }

    boolean isQuote() {
        return quote != null;
    }

    boolean isNoteTweet() {
        return noteId != null;
    }

    /** The created_at second, as readers see it. */
    Instant createdSecond() {
        return createdAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
