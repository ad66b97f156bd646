package dev.fledge.render.normalized;

import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.KnownAccount;
import dev.fledge.model.KnownAccounts;
import dev.fledge.model.Like;
import dev.fledge.model.MediaFileInfo;
import dev.fledge.model.Post;
import dev.fledge.model.PostEntities;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.Profile;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.TimeRange;
import dev.fledge.model.UserList;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link ArchiveDocument} built in memory, for writer tests that need what a real archive cannot easily give:
 * a failure part-way through a stream, or texts with unpaired surrogates.
 */
final class FakeArchiveDocument implements ArchiveDocument {
    final List<Post> posts = new ArrayList<>();
    final List<Like> likes = new ArrayList<>();
    final List<ArchiveWarning> warnings = new ArrayList<>();
    final Map<String, KnownAccount> known = new java.util.HashMap<>();
    /** Thrown by the posts iterator instead of returning post number {@code failAtPost} (0-based), if set. */
    Supplier<RuntimeException> postFailure;
    int failAtPost = -1;
    /** Thrown by {@link #forEachLike} after the likes were given, if set. */
    Supplier<RuntimeException> likesFailure;

    static Post post(String id, Instant at, String text) {
        return new Post(id, "https://x.com/someone/status/" + id, at, text, "en", PostKind.POST, null, null, null,
                PostEntities.NONE, List.of(), List.of(), null, null, 0L, 0L, false, List.of(), PostOrigin.TWEETS,
                null, null);
    }

    @Override
    public Generation generation() {
        return Generation.G3;
    }

    @Override
    public Instant generatedAt() {
        return Instant.parse("2024-10-01T09:00:00Z");
    }

    @Override
    public Account account() {
        return new Account("1", "someone", "Some One", null, null, null, null, List.of());
    }

    @Override
    public Profile profile() {
        return null;
    }

    @Override
    public ArchiveCounts counts() {
        return new ArchiveCounts(posts.size(), 0, 0, 0, 0, 0, 0, 0, 0, likes.size(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public TimeRange range() {
        return new TimeRange(null, null);
    }

    @Override
    public List<String> skippedDataTypes() {
        return List.of();
    }

    @Override
    public List<ArchiveWarning> warnings() {
        return warnings;
    }

    @Override
    public KnownAccounts knownAccounts() {
        return new KnownAccounts() {
            @Override
            public Optional<KnownAccount> byId(String id) {
                return Optional.ofNullable(known.get(id));
            }

            @Override
            public Optional<KnownAccount> byScreenName(String screenName) {
                return known.values().stream().filter(k -> k.screenName().equalsIgnoreCase(screenName)).findFirst();
            }

            @Override
            public int size() {
                return known.size();
            }
        };
    }

    @Override
    public Iterator<Post> posts() {
        Iterator<Post> all = posts.iterator();
        return new Iterator<>() {
            int index;

            @Override
            public boolean hasNext() {
                return index == failAtPost || all.hasNext();
            }

            @Override
            public Post next() {
                if (index++ == failAtPost && postFailure != null) {
                    throw postFailure.get();
                }
                return all.next();
            }
        };
    }

    @Override
    public void forEachLike(Consumer<Like> action) {
        likes.forEach(action);
        if (likesFailure != null) {
            throw likesFailure.get();
        }
    }

    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
    }

    @Override
    public void forEachList(Consumer<UserList> action) {
    }

    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
    }

    @Override
    public InputStream openMedia(String archivePath) {
        throw new NoSuchElementException("no media in the fake archive");
    }

    @Override
    public Optional<MediaFileInfo> mediaFile(String archivePath) {
        return Optional.empty();
    }
}
