package dev.fledge.render.activitypub;

import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.KnownAccount;
import dev.fledge.model.KnownAccounts;
import dev.fledge.model.Like;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaFileInfo;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostEntities;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.PostVersion;
import dev.fledge.model.Profile;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.TagEntity;
import dev.fledge.model.TimeRange;
import dev.fledge.model.UserList;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * An {@link ArchiveDocument} built in code, for writer tests that need posts the archive builder cannot describe
 * (sensitive media, alt text, pseudo-language codes, hostile entity offsets). Media files are byte arrays; posts are
 * returned in the order added (add them oldest first).
 */
public final class InMemoryDocument implements ArchiveDocument {
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<Like> likes = new ArrayList<>();
    private final Map<Relationship, List<String>> related = new LinkedHashMap<>();
    private Account account = new Account("42", "tester", "Tester", Instant.parse("2015-06-07T08:09:10Z"), false,
            false, null, List.of());
    private Profile profile;
    private boolean postsTaken;

    public InMemoryDocument account(Account value) {
        this.account = value;
        return this;
    }

    public InMemoryDocument profile(Profile value) {
        this.profile = value;
        return this;
    }

    public InMemoryDocument post(Post post) {
        posts.add(post);
        return this;
    }

    public InMemoryDocument file(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    public InMemoryDocument like(String tweetId) {
        likes.add(new Like(tweetId, "https://twitter.com/i/web/status/" + tweetId, null));
        return this;
    }

    public InMemoryDocument related(Relationship relationship, String accountId) {
        related.computeIfAbsent(relationship, r -> new ArrayList<>()).add(accountId);
        return this;
    }

    // ----------------------------------------------------------------- post factories

    /** A plain post by the account. */
    public static Post post(String id, String createdAt, String text) {
        return new Post(id, "https://x.com/tester/status/" + id, Instant.parse(createdAt), text, "en", PostKind.POST,
                null, null, null, PostEntities.NONE, List.of(), List.of(), null, null, 0L, 0L, false, List.of(),
                PostOrigin.TWEETS, null, null);
    }

    public static Post withEntities(Post p, PostEntities entities) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), p.kind(), p.replyTo(), p.quotedUrl(),
                p.retweetOf(), entities, p.media(), p.editHistory(), p.sensitive(), p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post withMedia(Post p, List<PostMedia> media) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), p.kind(), p.replyTo(), p.quotedUrl(),
                p.retweetOf(), p.entities(), media, p.editHistory(), p.sensitive(), p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post withSensitive(Post p, Boolean sensitive) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), p.kind(), p.replyTo(), p.quotedUrl(),
                p.retweetOf(), p.entities(), p.media(), p.editHistory(), sensitive, p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post withLanguage(Post p, String language) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), language, p.kind(), p.replyTo(), p.quotedUrl(),
                p.retweetOf(), p.entities(), p.media(), p.editHistory(), p.sensitive(), p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post asReply(Post p, String parentId, boolean self) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), PostKind.REPLY,
                new ReplyTarget(parentId, self ? "42" : "7", self ? "tester" : "other", self), p.quotedUrl(),
                p.retweetOf(), p.entities(), p.media(), p.editHistory(), p.sensitive(), p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post asRetweet(Post p, String originalUrl) {
        String originalId = originalUrl == null ? null : originalUrl.substring(originalUrl.lastIndexOf('/') + 1);
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), PostKind.RETWEET, null, null,
                new RetweetSource("other", "7", false, originalId, originalUrl), p.entities(), p.media(),
                p.editHistory(), p.sensitive(), p.sourceApp(), p.likeCount(), p.repostCount(), p.longPost(),
                p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static Post withEdits(Post p, PostVersion... earlier) {
        return new Post(p.id(), p.url(), p.createdAt(), p.text(), p.language(), p.kind(), p.replyTo(), p.quotedUrl(),
                p.retweetOf(), p.entities(), p.media(), List.of(earlier), p.sensitive(), p.sourceApp(), p.likeCount(),
                p.repostCount(), p.longPost(), p.styles(), p.origin(), p.deletedAt(), p.communityId());
    }

    public static PostMedia photo(String id, String archivePath, String altText) {
        return new PostMedia(id, MediaKind.PHOTO, archivePath, "image/jpeg", 640, 480, altText,
                "https://pbs.twimg.com/media/" + id + ".jpg", List.of(), null, null);
    }

    public static PostEntities entities(List<LinkEntity> links, List<MentionEntity> mentions, List<TagEntity> tags) {
        return new PostEntities(links, mentions, tags, List.of());
    }

    // ----------------------------------------------------------------- ArchiveDocument

    @Override
    public Generation generation() {
        return Generation.G3;
    }

    @Override
    public Instant generatedAt() {
        return Instant.parse("2024-01-01T00:00:00Z");
    }

    @Override
    public Account account() {
        return account;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public ArchiveCounts counts() {
        return new ArchiveCounts(posts.size(), 0, 0, 0, 0, 0, 0, 0, 0, likes.size(),
                related.getOrDefault(Relationship.FOLLOWER, List.of()).size(),
                related.getOrDefault(Relationship.FOLLOWING, List.of()).size(), 0, 0, 0, 0, 0, 0, files.size());
    }

    @Override
    public TimeRange range() {
        return posts.isEmpty() ? new TimeRange(null, null)
                : new TimeRange(posts.get(0).createdAt(), posts.get(posts.size() - 1).createdAt());
    }

    @Override
    public List<String> skippedDataTypes() {
        return List.of();
    }

    @Override
    public List<ArchiveWarning> warnings() {
        return List.of();
    }

    @Override
    public KnownAccounts knownAccounts() {
        return new KnownAccounts() {
            @Override
            public Optional<KnownAccount> byId(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<KnownAccount> byScreenName(String screenName) {
                return Optional.empty();
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }

    @Override
    public Iterator<Post> posts() {
        if (postsTaken) {
            throw new IllegalStateException("posts() can be called once");
        }
        postsTaken = true;
        return List.copyOf(posts).iterator();
    }

    @Override
    public void forEachLike(Consumer<Like> action) {
        likes.forEach(action);
    }

    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
        related.getOrDefault(relationship, List.of()).forEach(id -> action.accept(
                new RelatedAccount(id, "https://twitter.com/intent/user?user_id=" + id)));
    }

    @Override
    public void forEachList(Consumer<UserList> action) {
    }

    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
    }

    @Override
    public InputStream openMedia(String archivePath) {
        byte[] bytes = files.get(archivePath);
        if (bytes == null) {
            throw new NoSuchElementException("no such media file in the archive");
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Optional<MediaFileInfo> mediaFile(String archivePath) {
        byte[] bytes = files.get(archivePath);
        if (bytes == null) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Optional.of(new MediaFileInfo(archivePath, bytes.length, crc.getValue()));
    }
}
