package dev.fledge.model;

import java.time.Instant;
import java.util.List;

/**
 * One post of the account, as every writer sees it: what the archive says about it, normalized and with X's
 * encoding quirks removed.
 *
 * <p>Text and offsets: {@code text} is plain text (HTML entities unescaped exactly once, t.co links replaced by the
 * URL they point to, the trailing t.co that only points at the attached media removed, the full text of long
 * posts). Retweets keep X's legacy {@code "RT @name: "} prefix. Every {@code start}/{@code end} in
 * {@link #entities()} and {@link #styles()} counts UTF-16 code units into {@code text}, end exclusive, so Java
 * {@code text.substring(start, end)} and JavaScript {@code text.slice(start, end)} give the entity text.
 *
 * @param id          X's id of the post (decimal string)
 * @param url         {@code https://x.com/<owner screen name>/status/<id>}, or {@code https://x.com/i/web/status/<id>}
 *                    when the owner's screen name is unknown
 * @param createdAt   when it was posted (second precision for most archives)
 * @param text        plain text, see above
 * @param language    the language X detected (BCP 47-like, e.g. {@code es}); null when X did not know ({@code und})
 * @param kind        post, reply, retweet or quote
 * @param replyTo     what this post answers; null unless {@code kind} is {@link PostKind#REPLY}
 * @param quotedUrl   link to the post this post quotes ({@code https://x.com/<user>/status/<id>}), or null; a reply
 *                    that quotes has kind REPLY and this set
 * @param retweetOf   the retweeted account and, when derivable, the original post; null unless kind is RETWEET
 * @param entities    links, mentions, hashtags and cashtags found in {@code text}
 * @param media       attached photos, videos and GIFs, in display order
 * @param editHistory earlier versions of an edited post, oldest first (empty when never edited)
 * @param sensitive   whether X marked the post as possibly sensitive; null when the archive does not say
 * @param sourceApp   the client used to post, or null when unknown
 * @param likeCount   likes at export time; null when the archive has no count (Grailbird)
 * @param repostCount retweets at export time; null when the archive has no count (Grailbird)
 * @param longPost    true when {@code text} comes from a note tweet (X's long posts and formatted posts)
 * @param styles      bold/italic ranges of formatted long posts (empty otherwise)
 * @param origin      which archive file the post came from
 * @param deletedAt   when the owner deleted it ({@link PostOrigin#DELETED} posts only), else null
 * @param communityId the X Community it was posted in ({@link PostOrigin#COMMUNITY} posts only), else null
 */
public record Post(
        String id,
        String url,
        Instant createdAt,
        String text,
        String language,
        PostKind kind,
        ReplyTarget replyTo,
        String quotedUrl,
        RetweetSource retweetOf,
        PostEntities entities,
        List<PostMedia> media,
        List<PostVersion> editHistory,
        Boolean sensitive,
        SourceApp sourceApp,
        Long likeCount,
        Long repostCount,
        boolean longPost,
        List<StyleRange> styles,
        PostOrigin origin,
        Instant deletedAt,
        String communityId) {

    public Post {
        media = media == null ? List.of() : List.copyOf(media);
        editHistory = editHistory == null ? List.of() : List.copyOf(editHistory);
        styles = styles == null ? List.of() : List.copyOf(styles);
        entities = entities == null ? PostEntities.NONE : entities;
    }
}
