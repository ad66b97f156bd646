package dev.fledge.xarchive.posts;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostEntities;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.PostVersion;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.SourceApp;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TagEntity;

import java.time.Instant;
import java.util.List;

/**
 * A post while it is being converted, spooled and completed: the fields of {@link Post}, mutable, plus nothing
 * else. The URL, the self-reply flag, the edit history, the note-tweet text and late-found media files are filled
 * in at emission, when the whole archive has been seen.
 */
final class PostDraft {
    String id;
    long createdAtMillis;
    String text;
    String language;
    PostKind kind = PostKind.POST;
    ReplyTarget replyTo;
    String quotedUrl;
    RetweetSource retweetOf;
    List<LinkEntity> links = List.of();
    List<MentionEntity> mentions = List.of();
    List<TagEntity> hashtags = List.of();
    List<TagEntity> cashtags = List.of();
    List<PostMedia> media = List.of();
    List<PostVersion> editHistory = List.of();
    Boolean sensitive;
    SourceApp sourceApp;
    Long likeCount;
    Long repostCount;
    boolean longPost;
    List<StyleRange> styles = List.of();
    PostOrigin origin = PostOrigin.TWEETS;
    Instant deletedAt;
    String communityId;

    Post toPost(String url) {
        return new Post(id, url, Instant.ofEpochMilli(createdAtMillis), text, language, kind, replyTo, quotedUrl,
                retweetOf, new PostEntities(links, mentions, hashtags, cashtags), media, editHistory, sensitive,
                sourceApp, likeCount, repostCount, longPost, styles, origin, deletedAt, communityId);
    }
}
