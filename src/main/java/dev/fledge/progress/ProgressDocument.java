package dev.fledge.progress;

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
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An {@link ArchiveDocument} that reports the writing phase to a {@link ProgressListener}: every post, related
 * account or media file a writer takes from it is one unit done, for the {@link Unit kinds} the target writes. The
 * total comes from the document's counts ({@link ArchiveCounts}), so a writer that leaves some units out (filters,
 * {@code exclude=media}) ends below it; {@link #finish()} then reports {@code done == total}. Writers need no
 * change: they read this document like any other.
 */
public final class ProgressDocument implements ArchiveDocument {

    /** What counts as one unit of output. */
    public enum Unit {
        /** A post taken from {@link ArchiveDocument#posts()}. */
        POSTS,
        /** A follower, followed, blocked or muted account. */
        RELATED_ACCOUNTS,
        /** A media file opened with {@link ArchiveDocument#openMedia(String)}. */
        MEDIA_FILES
    }

    private final ArchiveDocument document;
    private final Set<Unit> units;
    private final ProgressListener listener;
    private final long total;
    private long done;

    public ProgressDocument(ArchiveDocument document, Set<Unit> units, ProgressListener listener) {
        this.document = document;
        this.units = units.isEmpty() ? Set.of() : EnumSet.copyOf(units);
        this.listener = listener;
        this.total = total(document.counts(), this.units);
    }

    /** Units the writing phase has to write for {@code units}, from the archive's counts. */
    public static long total(ArchiveCounts counts, Set<Unit> units) {
        long sum = 0;
        if (units.contains(Unit.POSTS)) {
            sum += counts.posts();
        }
        if (units.contains(Unit.RELATED_ACCOUNTS)) {
            sum += counts.followers() + counts.following() + counts.blocks() + counts.mutes();
        }
        if (units.contains(Unit.MEDIA_FILES)) {
            sum += counts.mediaFiles();
        }
        return sum;
    }

    public long total() {
        return total;
    }

    /** Reports the start of the writing phase ({@code 0 / total}). */
    public void start() {
        listener.progress(ProgressListener.Phase.WRITING, 0, total);
    }

    /** Reports the end of the writing phase ({@code total / total}). */
    public void finish() {
        done = total;
        listener.progress(ProgressListener.Phase.WRITING, total, total);
    }

    private void unitDone(Unit unit) {
        if (units.contains(unit) && done < total) {
            done++;
            listener.progress(ProgressListener.Phase.WRITING, done, total);
        }
    }

    @Override
    public Iterator<Post> posts() {
        Iterator<Post> posts = document.posts();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return posts.hasNext();
            }

            @Override
            public Post next() {
                Post post = posts.next();
                unitDone(Unit.POSTS);
                return post;
            }
        };
    }

    @Override
    public void forEachRelatedAccount(Relationship relationship, Consumer<RelatedAccount> action) {
        document.forEachRelatedAccount(relationship, account -> {
            action.accept(account);
            unitDone(Unit.RELATED_ACCOUNTS);
        });
    }

    @Override
    public InputStream openMedia(String archivePath) throws IOException {
        InputStream in = document.openMedia(archivePath);
        unitDone(Unit.MEDIA_FILES);
        return in;
    }

    @Override
    public Generation generation() {
        return document.generation();
    }

    @Override
    public Instant generatedAt() {
        return document.generatedAt();
    }

    @Override
    public Account account() {
        return document.account();
    }

    @Override
    public Profile profile() {
        return document.profile();
    }

    @Override
    public ArchiveCounts counts() {
        return document.counts();
    }

    @Override
    public TimeRange range() {
        return document.range();
    }

    @Override
    public List<String> skippedDataTypes() {
        return document.skippedDataTypes();
    }

    @Override
    public List<ArchiveWarning> warnings() {
        return document.warnings();
    }

    @Override
    public KnownAccounts knownAccounts() {
        return document.knownAccounts();
    }

    @Override
    public void forEachLike(Consumer<Like> action) {
        document.forEachLike(action);
    }

    @Override
    public void forEachList(Consumer<UserList> action) {
        document.forEachList(action);
    }

    @Override
    public void forEachConversation(Consumer<DirectMessageConversation> action) {
        document.forEachConversation(action);
    }

    @Override
    public Optional<MediaFileInfo> mediaFile(String archivePath) {
        return document.mediaFile(archivePath);
    }
}
