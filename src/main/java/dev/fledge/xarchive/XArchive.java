package dev.fledge.xarchive;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.KnownAccounts;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.Like;
import dev.fledge.model.Post;
import dev.fledge.model.Profile;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.TimeRange;
import dev.fledge.model.UserList;
import dev.fledge.xarchive.posts.PostCollector;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An X archive as read by {@link XArchiveReader}: what was found in the single reading pass (generation, dates,
 * account, profile, counts, skipped data types, warnings, the account directory) plus access to the bulky data,
 * which is never held in memory: posts come back oldest first from the spool, and likes, relationships, lists and
 * direct messages are streamed from the archive again on each {@code forEach…} call (only for the types named in
 * {@link ReadOptions#include()}). Problems met while streaming again were already reported in {@link #warnings()}.
 *
 * <p>The {@link ArchiveContent} it was read from must stay open while this object is used. {@link #close()}
 * deletes the post spool. Not thread-safe.
 */
public final class XArchive implements ArchiveDocument, Closeable {

    private final ArchiveContent content;
    private final ArchiveLayout layout;
    private final ReadOptions options;
    private final Instant generatedAt;
    private final Account account;
    private final Profile profile;
    private final ArchiveCounts counts;
    private final TimeRange range;
    private final List<ArchiveWarning> warnings;
    private final long droppedWarnings;
    private final AccountDirectory directory;
    private final PostCollector posts;
    private boolean postsTaken;
    private boolean closed;

    XArchive(ArchiveContent content, ArchiveLayout layout, ReadOptions options, Instant generatedAt, Account account,
             Profile profile, ArchiveCounts counts, TimeRange range, Warnings warnings, AccountDirectory directory,
             PostCollector posts) {
        this.content = content;
        this.layout = layout;
        this.options = options;
        this.generatedAt = generatedAt;
        this.account = account;
        this.profile = profile;
        this.counts = counts;
        this.range = range;
        this.warnings = warnings.entries();
        this.droppedWarnings = warnings.dropped();
        this.directory = directory;
        this.posts = posts;
    }

    @Override
    public Generation generation() {
        return layout.generation();
    }

    /** When X generated the archive (manifest generationDate, classic payload created_at), or null (G1). */
    @Override
    public Instant generatedAt() {
        return generatedAt;
    }

    /** The archive's account; fields are null when the archive does not say. */
    @Override
    public Account account() {
        return account;
    }

    /** The profile, or null when the archive has none. */
    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public ArchiveCounts counts() {
        return counts;
    }

    /** Oldest and newest post (both null without posts). */
    @Override
    public TimeRange range() {
        return range;
    }

    /** Data types present but not read (manifest keys, or file base names without manifest), sorted. */
    @Override
    public List<String> skippedDataTypes() {
        return layout.skippedDataTypes();
    }

    /** Media folders (ending in {@code /}) with their file counts. */
    public Map<String, Long> mediaFolders() {
        return layout.mediaFolders();
    }

    /** Problems met while reading (at most {@link Warnings#MAX_KEPT}). */
    @Override
    public List<ArchiveWarning> warnings() {
        return warnings;
    }

    /** Warnings beyond {@link Warnings#MAX_KEPT} that were only counted. */
    public long droppedWarnings() {
        return droppedWarnings;
    }

    /** Every (id, screen name) pairing the archive revealed. */
    public AccountDirectory accountDirectory() {
        return directory;
    }

    @Override
    public KnownAccounts knownAccounts() {
        return directory;
    }

    @Override
    public InputStream openMedia(String archivePath) throws IOException {
        checkOpen();
        ArchiveEntry entry = content.entry(archivePath)
                .orElseThrow(() -> new NoSuchElementException("no such media file in the archive"));
        return content.open(entry);
    }

    @Override
    public java.util.Optional<dev.fledge.model.MediaFileInfo> mediaFile(String archivePath) {
        return content.entry(archivePath).map(e -> new dev.fledge.model.MediaFileInfo(e.path(), e.size(), e.crc32()));
    }

    /**
     * The live posts (tweets files, edit chains collapsed, note tweets joined), oldest first. Can be called once.
     *
     * @throws IllegalStateException when the archive was read without a spool directory, or when called twice
     */
    @Override
    public Iterator<Post> posts() {
        checkOpen();
        if (posts == null) {
            return Collections.emptyIterator();
        }
        if (options.spoolDir() == null) {
            throw new IllegalStateException("the archive was read for counts only (no spool directory)");
        }
        if (postsTaken) {
            throw new IllegalStateException("posts() can be called once");
        }
        postsTaken = true;
        return posts.oldestFirst();
    }

    /** Streams like.js (all parts), file order. */
    @Override
    public void forEachLike(Consumer<Like> action) {
        require(OptionalData.LIKES);
        LikeReader.forEach(layout, new DataFileReader(content), Warnings.discarding(), action);
    }

    /** Streams follower.js, following.js, block.js or mute.js (all parts), file order. */
    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
        require(OptionalData.RELATIONSHIPS);
        RelationshipReader.forEach(relationship, layout, new DataFileReader(content), Warnings.discarding(), action);
    }

    /** Streams the lists (created, then member, then subscribed). */
    @Override
    public void forEachList(Consumer<UserList> action) {
        require(OptionalData.LISTS);
        UserListReader.forEach(layout, new DataFileReader(content), Warnings.discarding(), action);
    }

    /**
     * Streams the conversations (1:1, then group), one at a time, each with its events oldest first. Memory is
     * bounded by the largest conversation. Header-only conversations are counted but not streamed.
     */
    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
        require(OptionalData.DIRECT_MESSAGES);
        DirectMessageReader.forEach(content, layout, new DataFileReader(content), Warnings.discarding(), action);
    }

    private void require(OptionalData type) {
        checkOpen();
        if (!options.include().contains(type)) {
            throw new IllegalStateException(type + " was not requested in the read options");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
    }

    /** Deletes the post spool. The archive content is not closed (it belongs to the caller). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (posts != null) {
            posts.close();
        }
    }
}
