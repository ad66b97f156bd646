package dev.fledge.xarchive;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.PostCounts;
import dev.fledge.model.Profile;
import dev.fledge.model.Relationship;
import dev.fledge.model.ScreenNameChange;
import dev.fledge.model.TimeRange;
import dev.fledge.progress.ProgressListener;
import dev.fledge.xarchive.posts.PostCollector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an X archive of any generation into an {@link XArchive}, in ONE pass over the data files it needs: the
 * layout (manifest and entry list), the account files, the profile, then the posts (note-tweet.js before the
 * tweets files, then deleted and community posts, or the Grailbird files) into a {@link PostCollector}, then counts
 * likes, relationships, lists and direct messages. Strict errors and every warning arise during this pass, before
 * the caller writes anything. Stateless and thread-safe; each call reads one archive.
 */
public final class XArchiveReader {

    /** A pairing of the account's id and one of its names, fed to the {@link AccountDirectory}. */
    record Pairing(String id, String screenName, Instant seenAt) {
    }

    /**
     * Reads {@code archive}. The result streams likes, relationships, lists and DMs from {@code archive} again on
     * demand, so {@code archive} must stay open while the result is used; close the result to delete the spool.
     *
     * @throws dev.fledge.problem.FledgeException NOT_AN_X_ARCHIVE when the ZIP is not an X archive;
     *                                            INVALID_DATA_FILE (strict mode) at the first problem
     */
    public XArchive read(ArchiveContent archive, ReadOptions options) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(options, "options");
        Warnings warnings = new Warnings(options.strict());
        ArchiveLayout layout = ArchiveLayout.detect(archive, new DataFileReader(archive), warnings);
        // The pass reads through a counting view when progress is wanted, out of the size of the files it will
        // read (the manifest, read by the detection above, is small and not counted); the result keeps the archive
        // itself, so what writers stream later is not counted as reading.
        CountingContent counting = options.progress() == ProgressListener.NONE ? null
                : new CountingContent(archive, options.progress(), size(archive, passFiles(layout)));
        ArchiveContent content = counting == null ? archive : counting;
        if (counting != null) {
            counting.start();
        }
        DataFileReader reader = new DataFileReader(content);

        AccountReader.Result accountResult = AccountReader.read(layout, reader, warnings);
        Account account = accountResult.account();
        AccountDirectory directory = new AccountDirectory();
        for (Pairing pairing : ownerPairings(account, accountResult.generatedAt())) {
            directory.record(pairing.id(), pairing.screenName(), pairing.seenAt());
        }
        Profile profile = ProfileReader.read(content, layout, reader, warnings, account.id(),
                accountResult.classicBio());

        PostCollector posts = null;
        try {
            PostCounts postCounts = new PostCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
            if (layout.hasPostFiles()) {
                posts = new PostCollector(content, layout.mediaFolders(ArchiveLayout.MediaRole.POSTS), account.id(),
                        options.spoolDir(), directory, warnings);
                PostFileFeeder.feed(posts, content, layout, reader, warnings);
                postCounts = posts.counts();
            }
            long likes = LikeReader.forEach(layout, reader, warnings, like -> { });
            long followers = RelationshipReader.forEach(Relationship.FOLLOWER, layout, reader, warnings, a -> { });
            long[] knownFollowing = new long[1];
            long following = RelationshipReader.forEach(Relationship.FOLLOWING, layout, reader, warnings, a -> {
                if (directory.byId(a.accountId()).isPresent()) {
                    knownFollowing[0]++;
                }
            });
            long blocks = RelationshipReader.forEach(Relationship.BLOCKED, layout, reader, warnings, a -> { });
            long mutes = RelationshipReader.forEach(Relationship.MUTED, layout, reader, warnings, a -> { });
            long lists = UserListReader.forEach(layout, reader, warnings, list -> { });
            DirectMessageReader.Totals dms = DirectMessageReader.forEach(content, layout, reader, warnings, null)
                    .plus(DirectMessageReader.countHeadersOnly(content, layout, reader, warnings));

            ArchiveCounts counts = new ArchiveCounts(postCounts.posts(), postCounts.retweets(), postCounts.replies(),
                    postCounts.selfReplies(), postCounts.quotes(), postCounts.noteTweets(), postCounts.editedPosts(),
                    postCounts.deletedPosts(), postCounts.communityPosts(), likes, followers, following,
                    knownFollowing[0], blocks, mutes, lists, dms.conversations(), dms.messages(),
                    layout.mediaFileCount());
            if (counting != null) {
                counting.finish();
            }
            return new XArchive(archive, layout, options, accountResult.generatedAt(), account, profile, counts,
                    new TimeRange(postCounts.first(), postCounts.last()), warnings, directory, posts);
        } catch (RuntimeException | Error e) {
            if (posts != null) {
                try {
                    posts.close();
                } catch (RuntimeException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            throw e;
        }
    }

    /**
     * The files the reading pass of {@link #read} reads after the layout's detection, in no particular order: the
     * reading progress counts their bytes. It mirrors the pass (kept next to it on purpose; a test compares it with
     * the files the pass opens): every data type the reader knows, the headers-only DM files when the full ones are
     * missing, and the files of the oldest (Grailbird) layout (tweets.csv only without month files).
     */
    static Set<String> passFiles(ArchiveLayout layout) {
        Set<String> files = new LinkedHashSet<>();
        for (DataKind kind : DataKind.values()) {
            boolean headersOnly = kind == DataKind.DIRECT_MESSAGE_HEADERS || kind == DataKind.DIRECT_MESSAGE_GROUP_HEADERS;
            if (!headersOnly) {
                files.addAll(layout.files(kind));
            }
        }
        if (layout.files(DataKind.DIRECT_MESSAGES).isEmpty()) {
            files.addAll(layout.files(DataKind.DIRECT_MESSAGE_HEADERS));
        }
        if (layout.files(DataKind.DIRECT_MESSAGES_GROUP).isEmpty()) {
            files.addAll(layout.files(DataKind.DIRECT_MESSAGE_GROUP_HEADERS));
        }
        files.addAll(layout.grailbirdMonthFiles());
        if (layout.grailbirdMonthFiles().isEmpty() && layout.tweetsCsv() != null) {
            files.add(layout.tweetsCsv()); // PostFileFeeder reads tweets.csv only without month files
        }
        for (String file : new String[]{layout.userDetails(), layout.payloadDetails()}) {
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    private static long size(ArchiveContent archive, Set<String> files) {
        long total = 0;
        for (String file : files) {
            total += archive.entry(file).map(ArchiveEntry::size).orElse(0L);
        }
        return total;
    }

    /**
     * The (id, name, date) pairings the account files give: the current name as of the archive's generation date,
     * and for every rename the new name at its date and the old name just before it, so that old posts mentioning
     * an earlier handle resolve to the owner while the newest name wins.
     */
    static List<Pairing> ownerPairings(Account account, Instant generatedAt) {
        List<Pairing> pairings = new ArrayList<>();
        if (account.id() == null) {
            return pairings;
        }
        for (ScreenNameChange change : account.screenNameChanges()) {
            Instant at = change.changedAt();
            if (change.changedFrom() != null) {
                pairings.add(new Pairing(account.id(), change.changedFrom(), at == null ? null : at.minusMillis(1)));
            }
            if (change.changedTo() != null) {
                pairings.add(new Pairing(account.id(), change.changedTo(), at));
            }
        }
        if (account.screenName() != null) {
            pairings.add(new Pairing(account.id(), account.screenName(), generatedAt));
        }
        return pairings;
    }
}
