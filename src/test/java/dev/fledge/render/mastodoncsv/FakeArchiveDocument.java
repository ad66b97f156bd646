package dev.fledge.render.mastodoncsv;

import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.KnownAccounts;
import dev.fledge.model.Like;
import dev.fledge.model.MediaFileInfo;
import dev.fledge.model.Post;
import dev.fledge.model.Profile;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.TimeRange;
import dev.fledge.model.UserList;
import dev.fledge.xarchive.AccountDirectory;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An {@link ArchiveDocument} made in memory for fast tests of the CSV writer (hundreds of random directories, tens of
 * thousands of related accounts): the real {@link AccountDirectory}, relationship id lists and list URLs. Counts how
 * often each relationship is streamed.
 */
final class FakeArchiveDocument implements ArchiveDocument {
    final AccountDirectory directory = new AccountDirectory();
    final EnumMap<Relationship, List<String>> related = new EnumMap<>(Relationship.class);
    final List<UserList> lists = new ArrayList<>();
    final EnumMap<Relationship, Integer> streamed = new EnumMap<>(Relationship.class);

    FakeArchiveDocument() {
        for (Relationship relationship : Relationship.values()) {
            related.put(relationship, new ArrayList<>());
            streamed.put(relationship, 0);
        }
    }

    FakeArchiveDocument add(Relationship relationship, String... ids) {
        related.get(relationship).addAll(List.of(ids));
        return this;
    }

    @Override
    public Generation generation() {
        return Generation.G3;
    }

    @Override
    public Instant generatedAt() {
        return Instant.parse("2024-11-16T11:33:22Z");
    }

    @Override
    public Account account() {
        return new Account("1", "fake_owner", "Fake", null, null, null, null, List.of());
    }

    @Override
    public Profile profile() {
        return null;
    }

    @Override
    public ArchiveCounts counts() {
        return new ArchiveCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, related.get(Relationship.FOLLOWER).size(),
                related.get(Relationship.FOLLOWING).size(), 0, related.get(Relationship.BLOCKED).size(),
                related.get(Relationship.MUTED).size(), lists.size(), 0, 0, 0);
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
        return List.of();
    }

    @Override
    public KnownAccounts knownAccounts() {
        return directory;
    }

    @Override
    public Iterator<Post> posts() {
        throw new UnsupportedOperationException("the CSV writer reads no posts");
    }

    @Override
    public void forEachLike(Consumer<Like> action) {
        throw new UnsupportedOperationException("the CSV writer reads no likes");
    }

    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
        streamed.merge(relationship, 1, Integer::sum);
        for (String id : related.get(relationship)) {
            action.accept(new RelatedAccount(id, "https://twitter.com/intent/user?user_id=" + id));
        }
    }

    @Override
    public void forEachList(Consumer<UserList> action) {
        lists.forEach(action);
    }

    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
        throw new UnsupportedOperationException("the CSV writer reads no messages");
    }

    @Override
    public InputStream openMedia(String archivePath) {
        throw new UnsupportedOperationException("the CSV writer reads no media");
    }

    @Override
    public Optional<MediaFileInfo> mediaFile(String archivePath) {
        return Optional.empty();
    }
}
