package dev.fledge.bench;

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

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A document read once by the reader and then held in memory, so that a writer benchmark can write it again and
 * again and measure the writer only: {@link #posts()} may be called any number of times (the reader's document
 * allows one pass), and likes, relationships, lists and conversations come from lists instead of being parsed from
 * the archive again. Media files are still opened from the archive, through the reader's document. For benchmark
 * archives only (the service never holds posts in memory).
 */
final class ReplayedDocument implements ArchiveDocument {
    private final ArchiveDocument source;
    private final List<Post> posts = new ArrayList<>();
    private final List<Like> likes = new ArrayList<>();
    private final Map<Relationship, List<RelatedAccount>> related = new EnumMap<>(Relationship.class);
    private final List<UserList> lists = new ArrayList<>();
    private final List<DirectMessageConversation> conversations = new ArrayList<>();

    /** Takes everything from {@code source}, which must have been read with a spool folder and every optional kind. */
    ReplayedDocument(ArchiveDocument source) {
        this.source = source;
        source.posts().forEachRemaining(posts::add);
        source.forEachLike(likes::add);
        for (Relationship relationship : Relationship.values()) {
            List<RelatedAccount> accounts = new ArrayList<>();
            source.forEachRelatedAccount(relationship, accounts::add);
            related.put(relationship, accounts);
        }
        source.forEachList(lists::add);
        source.forEachConversation(conversations::add);
    }

    /** How many posts {@link #posts()} gives. */
    int postCount() {
        return posts.size();
    }

    @Override
    public Generation generation() {
        return source.generation();
    }

    @Override
    public Instant generatedAt() {
        return source.generatedAt();
    }

    @Override
    public Account account() {
        return source.account();
    }

    @Override
    public Profile profile() {
        return source.profile();
    }

    @Override
    public ArchiveCounts counts() {
        return source.counts();
    }

    @Override
    public TimeRange range() {
        return source.range();
    }

    @Override
    public List<String> skippedDataTypes() {
        return source.skippedDataTypes();
    }

    @Override
    public List<ArchiveWarning> warnings() {
        return source.warnings();
    }

    @Override
    public KnownAccounts knownAccounts() {
        return source.knownAccounts();
    }

    @Override
    public Iterator<Post> posts() {
        return posts.iterator();
    }

    @Override
    public void forEachLike(Consumer<Like> action) {
        likes.forEach(action);
    }

    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
        related.get(relationship).forEach(action);
    }

    @Override
    public void forEachList(Consumer<UserList> action) {
        lists.forEach(action);
    }

    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
        conversations.forEach(action);
    }

    @Override
    public InputStream openMedia(String archivePath) throws IOException {
        return source.openMedia(archivePath);
    }

    @Override
    public Optional<MediaFileInfo> mediaFile(String archivePath) {
        return source.mediaFile(archivePath);
    }
}
