package dev.fledge.render.activitypub;

import java.time.Instant;
import java.util.Objects;

/**
 * The options both fediverse targets take, already validated.
 *
 * @param actorUrl             the destination account's actor IRI (e.g. {@code https://social.example/users/alice}),
 *                             absolute, without trailing slash; null to use the X profile URL
 * @param replies              which replies to keep
 * @param retweets             what to do with retweets
 * @param visibility           addressing of every post; null for the default (public, followers-only when the account
 *                             was protected at export time)
 * @param mentions             how mentions appear in the content
 * @param since                posts created before this are left out; null for no limit
 * @param until                posts created at or after this are left out; null for no limit
 * @param includeLikes         whether liked posts are exported
 * @param includeRelationships whether followers and following are exported (ActivityStreams target only)
 * @param includeMedia         whether media files are copied into the output
 */
public record ConversionOptions(
        String actorUrl,
        ReplyPolicy replies,
        RetweetPolicy retweets,
        Visibility visibility,
        MentionStyle mentions,
        Instant since,
        Instant until,
        boolean includeLikes,
        boolean includeRelationships,
        boolean includeMedia) {

    public ConversionOptions {
        Objects.requireNonNull(replies, "replies");
        Objects.requireNonNull(retweets, "retweets");
        Objects.requireNonNull(mentions, "mentions");
        if (actorUrl != null && actorUrl.endsWith("/")) {
            throw new IllegalArgumentException("actorUrl must not end with '/'");
        }
    }

    /** The defaults of a target whose default retweet handling is {@code retweets}. */
    public static ConversionOptions defaults(RetweetPolicy retweets) {
        return new ConversionOptions(null, ReplyPolicy.SELF, retweets, null, MentionStyle.DEFUSE, null, null, true, true,
                true);
    }

    public ConversionOptions withActorUrl(String value) {
        return new ConversionOptions(value, replies, retweets, visibility, mentions, since, until, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withReplies(ReplyPolicy value) {
        return new ConversionOptions(actorUrl, value, retweets, visibility, mentions, since, until, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withRetweets(RetweetPolicy value) {
        return new ConversionOptions(actorUrl, replies, value, visibility, mentions, since, until, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withVisibility(Visibility value) {
        return new ConversionOptions(actorUrl, replies, retweets, value, mentions, since, until, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withMentions(MentionStyle value) {
        return new ConversionOptions(actorUrl, replies, retweets, visibility, value, since, until, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withPeriod(Instant from, Instant to) {
        return new ConversionOptions(actorUrl, replies, retweets, visibility, mentions, from, to, includeLikes,
                includeRelationships, includeMedia);
    }

    public ConversionOptions withIncluded(boolean likes, boolean relationships, boolean media) {
        return new ConversionOptions(actorUrl, replies, retweets, visibility, mentions, since, until, likes,
                relationships, media);
    }
}
