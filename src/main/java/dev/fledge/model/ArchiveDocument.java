package dev.fledge.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * One X archive as the writers see it: what the reader found in its single pass, plus the bulky data, which is
 * never held in memory. Posts come back oldest first, once; likes, relationships, lists and direct messages are
 * streamed again on each {@code forEach…} call (only the kinds the reader was asked to make available). Media files
 * are opened by the archive path the model records carry. Writers depend on this interface, never on the raw
 * archive.
 */
public interface ArchiveDocument {

    Generation generation();

    /** When X generated the archive, or null when the archive does not say. */
    Instant generatedAt();

    /** The archive's account; fields are null when the archive does not say. */
    Account account();

    /** The profile, or null when the archive has none. */
    Profile profile();

    ArchiveCounts counts();

    /** Oldest and newest post (both null without posts). */
    TimeRange range();

    /** Data types present in the archive but not read, sorted. */
    List<String> skippedDataTypes();

    /** Problems met while reading that did not stop it. */
    List<ArchiveWarning> warnings();

    /** X id ↔ screen name pairings the archive revealed. */
    KnownAccounts knownAccounts();

    /** The live posts, edit chains collapsed, note tweets joined, oldest first. Can be called once. */
    Iterator<Post> posts();

    void forEachLike(Consumer<Like> action);

    void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action);

    void forEachList(Consumer<UserList> action);

    /** Conversations one at a time, each with its events oldest first. */
    void forEachConversation(Consumer<DirectMessageConversation> action);

    /**
     * Opens a media file named by a model record ({@link PostMedia#archivePath()}, {@link MediaFileRef#archivePath()}).
     * The stream fails with an IOException if the file turns out not to match the archive's directory.
     *
     * @throws java.util.NoSuchElementException when the archive has no such file
     */
    InputStream openMedia(String archivePath) throws IOException;

    /** Size and CRC-32 of a media file, or empty when the archive has no such file. */
    java.util.Optional<MediaFileInfo> mediaFile(String archivePath);
}
