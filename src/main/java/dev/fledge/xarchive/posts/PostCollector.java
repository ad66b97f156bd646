package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.MediaFileCounts;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.PostVersion;
import dev.fledge.model.ReplyTarget;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Collects the post rows of an archive in whatever order the files give them, then hands them back oldest first.
 *
 * <p>Call order: every {@link #addNoteTweet} first (note-tweet.js is read before the tweets files), then
 * {@link #addTweet}/{@link #addCsvTweet} rows in file order, then {@link #counts()} and {@link #oldestFirst()}.
 * {@link #close()} deletes the spool. Rows are converted as they come (text, entities, media files, kind) and
 * written to a spool file; only a small index stays in memory (see the package documentation). Duplicate rows,
 * edit chains and note tweets are resolved once all rows are in. A bad row is reported to {@link Warnings} and
 * skipped or repaired; it never stops the collection (unless the warnings are strict).
 */
public final class PostCollector implements Closeable {

    private static final PostOrigin[] ORIGINS = PostOrigin.values();

    private final AccountDirectory directory;
    private final Warnings warnings;
    private final MediaLinker media;
    private final TweetConverter converter;
    private final PostSpool spool;
    private final PostIndex index = new PostIndex();
    private final NoteTweets notes = new NoteTweets();
    /** Per origin: initial id of an edit chain → index positions of its rows. */
    @SuppressWarnings("unchecked")
    private final Map<Long, int[]>[] editChains = new Map[]{new HashMap<>(), new HashMap<>(), new HashMap<>()};
    /** Reply targets of replies converted while the owner was unknown: user id → count. */
    private final Map<String, long[]> pendingReplyTargets = new HashMap<>();
    private String explicitOwnerName;
    private long noteRows;

    private String currentFile;
    private long currentRow;
    private final TweetConverter.Problems problems = this::report;

    // resolved by finish()
    private boolean finished;
    private BitSet skipped;
    private Map<Integer, int[]> earlierVersions;
    private Map<Long, Integer> noteByTweet;
    private PostCounts counts;
    private long editedPosts;
    private String ownerName;

    /**
     * @param content      the opened archive (to link media files); may be null, then no media file is found
     * @param mediaFolders archive folders that hold post media, e.g. {@code data/tweets_media/} (from the manifest
     *                     or discovered), each ending in {@code /}
     * @param accountId    the archive owner's X id (to tell self-replies), may be null for Grailbird archives
     *                     until user_details is read (Grailbird rows also name their author)
     * @param spoolDir     where to spool posts for {@link #oldestFirst()}; null when only counts are needed
     *                     (inspect), then nothing is written to disk
     * @param directory    receives every (id, screen name, date) pairing the posts reveal
     * @param warnings     where per-row problems go
     */
    public PostCollector(ArchiveContent content, List<String> mediaFolders, String accountId, Path spoolDir,
                         AccountDirectory directory, Warnings warnings) {
        this.directory = directory != null ? directory : new AccountDirectory();
        this.warnings = warnings != null ? warnings : new Warnings();
        this.media = new MediaLinker(content, mediaFolders);
        this.converter = new TweetConverter(media, this.directory, blankToNull(accountId));
        this.spool = spoolDir == null ? null : new PostSpool(spoolDir);
    }

    /**
     * Tells who owns the archive, when it was not known at construction (Grailbird user_details) or to give the
     * screen name used in post URLs. Either argument may be null. The pairing is recorded (undated) in the
     * directory.
     */
    public void setOwner(String accountId, String screenName) {
        String id = blankToNull(accountId);
        if (id != null) {
            converter.ownerId = id;
        }
        String name = blankToNull(screenName);
        if (name != null) {
            explicitOwnerName = name.startsWith("@") ? name.substring(1) : name;
        }
        directory.record(converter.ownerId, explicitOwnerName, null);
    }

    /** One {@code noteTweet} object (the value under the row key) from note-tweet.js. */
    public void addNoteTweet(JsonNode noteTweet, String file) {
        nextRow(file);
        noteRows++;
        if (spool == null) {
            return;
        }
        if (noteTweet == null || !noteTweet.isObject()) {
            report("the note tweet is not an object; row skipped");
            return;
        }
        try {
            long noteId = Json.parseLong(Json.text(noteTweet, "noteTweetId"));
            long created = TwitterDates.parse(Json.text(noteTweet, "createdAt"));
            JsonNode core = Json.object(noteTweet, "core");
            if (created == TwitterDates.INVALID || core == null) {
                report("the note tweet has no readable creation date or no content; row skipped");
                return;
            }
            PostDraft note = converter.convertNote(core, problems);
            notes.add(noteId, created, spool.writeNote(note));
        } catch (FledgeException e) {
            throw e;
        } catch (RuntimeException e) {
            report("the note tweet could not be read (" + e.getClass().getSimpleName() + "); row skipped");
        }
    }

    /**
     * One tweet object: the value under the {@code tweet} row key (G2/G3), a bare G1 row, or a Grailbird (G0)
     * month-file object (numeric ids, {@code text} instead of {@code full_text}).
     */
    public void addTweet(JsonNode tweet, PostOrigin origin, String file) {
        nextRow(file);
        if (tweet == null || !tweet.isObject()) {
            report("the post is not an object; row skipped");
            return;
        }
        PostOrigin from = origin != null ? origin : PostOrigin.TWEETS;
        PostDraft draft;
        try {
            draft = converter.convert(tweet, from, problems);
        } catch (FledgeException e) {
            throw e;
        } catch (RuntimeException e) {
            report("the post could not be read (" + e.getClass().getSimpleName() + "); row skipped");
            return;
        }
        if (draft != null) {
            collect(draft, converter.editChain);
        }
    }

    /** One row of a Grailbird tweets.csv (header name → value), used only when no month files exist. */
    public void addCsvTweet(Map<String, String> row, String file) {
        nextRow(file);
        if (row == null) {
            report("the row is empty; skipped");
            return;
        }
        PostDraft draft;
        try {
            draft = converter.convertCsv(row, problems);
        } catch (FledgeException e) {
            throw e;
        } catch (RuntimeException e) {
            report("the row could not be read (" + e.getClass().getSimpleName() + "); skipped");
            return;
        }
        if (draft != null) {
            collect(draft, List.of());
        }
    }

    private void collect(PostDraft draft, List<Long> editChain) {
        if (finished) {
            throw new IllegalStateException("rows added after counts() or oldestFirst()");
        }
        long id = Json.parseLong(draft.id);
        int flags = draft.kind.ordinal() | (draft.origin.ordinal() << PostIndex.ORIGIN_SHIFT);
        if (draft.replyTo != null && draft.replyTo.self()) {
            flags |= PostIndex.SELF_REPLY;
        }
        if (draft.quotedUrl != null) {
            flags |= PostIndex.QUOTES;
        }
        if (draft.replyTo != null && converter.ownerId == null && draft.replyTo.userId() != null) {
            pendingReplyTargets.computeIfAbsent(draft.replyTo.userId(), k -> new long[1])[0]++;
        }
        long offset = spool != null ? spool.writePost(draft) : -1;
        int position = index.add(draft.createdAtMillis, id, offset, flags);
        if (spool != null && draft.origin != PostOrigin.DELETED) {
            notes.offer(id, draft.createdAtMillis);
        }
        if (!editChain.isEmpty()) {
            long initial = Long.MAX_VALUE;
            for (long v : editChain) {
                initial = Math.min(initial, v);
            }
            Map<Long, int[]> chains = editChains[draft.origin.ordinal()];
            int[] positions = chains.get(initial);
            if (positions == null) {
                chains.put(initial, new int[]{position});
            } else {
                int[] grown = Arrays.copyOf(positions, positions.length + 1);
                grown[positions.length] = position;
                chains.put(initial, grown);
            }
        }
    }

    public PostCounts counts() {
        finish();
        return counts;
    }

    /** How the media items of all collected rows were matched to archive files. */
    public MediaFileCounts mediaFileCounts() {
        finish();
        return media.counts();
    }

    /** The live posts (origin TWEETS), edit chains collapsed, note tweets joined, oldest first. */
    public Iterator<Post> oldestFirst() {
        return oldestFirst(EnumSet.of(PostOrigin.TWEETS));
    }

    /**
     * The collected posts of the given origins (e.g. {@code EnumSet.of(COMMUNITY)}), completed like
     * {@link #oldestFirst()}, oldest first. Needs a spool directory.
     */
    public Iterator<Post> oldestFirst(Set<PostOrigin> origins) {
        if (spool == null) {
            throw new IllegalStateException("collector created without a spool directory");
        }
        finish();
        int n = index.size();
        int[] order = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!skipped.get(i) && origins.contains(ORIGINS[index.origin(i)])) {
                order[m++] = i;
            }
        }
        index.sort(order, m);
        int size = m;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Post next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return complete(order[next++]);
            }
        };
    }

    @Override
    public void close() {
        if (spool != null) {
            spool.close();
        }
    }

    // -------------------------------------------------------------------------------------------- resolution

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        flushRowIssues();
        if (spool != null) {
            spool.finishWriting();
        }
        media.resolveMisses();
        int n = index.size();
        skipped = new BitSet(n);
        skipDuplicates(n);
        collapseEditChains();
        noteByTweet = spool != null ? notes.pairs() : Map.of();
        ownerName = ownerName();
        counts = count(n);
    }

    /** Same id twice (overlapping parts): the first live (TWEETS) row wins, else the first row. */
    private void skipDuplicates(int n) {
        long[] ids = index.idsCopy();
        Arrays.sort(ids);
        Set<Long> duplicated = new HashSet<>();
        for (int i = 1; i < n; i++) {
            if (ids[i] == ids[i - 1]) {
                duplicated.add(ids[i]);
            }
        }
        if (duplicated.isEmpty()) {
            return;
        }
        Map<Long, Integer> keeper = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long id = index.id(i);
            if (!duplicated.contains(id)) {
                continue;
            }
            Integer kept = keeper.get(id);
            if (kept == null) {
                keeper.put(id, i);
            } else if (index.origin(kept) != PostOrigin.TWEETS.ordinal()
                    && index.origin(i) == PostOrigin.TWEETS.ordinal()) {
                skipped.set(kept);
                keeper.put(id, i);
            } else {
                skipped.set(i);
            }
        }
    }

    /** Keeps the newest present version of each chain; the others become its edit history. */
    private void collapseEditChains() {
        earlierVersions = new HashMap<>();
        for (int origin = 0; origin < editChains.length; origin++) {
            for (int[] positions : editChains[origin].values()) {
                int[] live = Arrays.stream(positions).filter(p -> !skipped.get(p)).toArray();
                if (live.length < 2) {
                    continue;
                }
                Integer[] byId = Arrays.stream(live).boxed().toArray(Integer[]::new);
                Arrays.sort(byId, (a, b) -> Long.compare(index.id(a), index.id(b)));
                int latest = byId[byId.length - 1];
                int[] earlier = new int[byId.length - 1];
                for (int i = 0; i < earlier.length; i++) {
                    earlier[i] = byId[i];
                    skipped.set(byId[i]);
                }
                earlierVersions.put(latest, earlier);
                if (origin == PostOrigin.TWEETS.ordinal()) {
                    editedPosts++;
                }
            }
        }
    }

    private PostCounts count(int n) {
        long posts = 0, retweets = 0, replies = 0, selfReplies = 0, quotes = 0, deleted = 0, community = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (skipped.get(i)) {
                continue;
            }
            int origin = index.origin(i);
            if (origin == PostOrigin.DELETED.ordinal()) {
                deleted++;
                continue;
            }
            if (origin == PostOrigin.COMMUNITY.ordinal()) {
                community++;
                continue;
            }
            int flags = index.flags(i);
            posts++;
            int kind = flags & PostIndex.KIND_MASK;
            if (kind == PostKind.RETWEET.ordinal()) {
                retweets++;
            } else if (kind == PostKind.REPLY.ordinal()) {
                replies++;
                if ((flags & PostIndex.SELF_REPLY) != 0) {
                    selfReplies++;
                }
            }
            if ((flags & PostIndex.QUOTES) != 0) {
                quotes++;
            }
            first = Math.min(first, index.createdAt(i));
            last = Math.max(last, index.createdAt(i));
        }
        if (converter.ownerId != null) {
            long[] pending = pendingReplyTargets.get(converter.ownerId);
            if (pending != null) {
                selfReplies += pending[0];
            }
        }
        return new PostCounts(posts, retweets, replies, selfReplies, quotes, noteRows, editedPosts, deleted,
                community, posts == 0 ? null : Instant.ofEpochMilli(first),
                posts == 0 ? null : Instant.ofEpochMilli(last));
    }

    /** For post URLs: explicitly given, else the directory's name for the owner id, else learned from rows. */
    private String ownerName() {
        if (explicitOwnerName != null) {
            return explicitOwnerName;
        }
        if (converter.ownerId != null) {
            var entry = directory.byId(converter.ownerId);
            if (entry.isPresent()) {
                return entry.get().screenName();
            }
        }
        return converter.ownerScreenName;
    }

    // -------------------------------------------------------------------------------------------- emission

    private Post complete(int position) {
        PostDraft draft = spool.readPost(index.offset(position));
        long id = index.id(position);
        String owner = converter.ownerId;
        if (draft.replyTo != null && owner != null && draft.replyTo.userId() != null) {
            boolean self = owner.equals(draft.replyTo.userId());
            if (self != draft.replyTo.self()) {
                ReplyTarget r = draft.replyTo;
                draft.replyTo = new ReplyTarget(r.postId(), r.userId(), r.screenName(), self);
            }
        }
        linkFallbackMedia(draft, id);
        joinNote(draft, id);
        int[] earlier = earlierVersions.get(position);
        if (earlier != null) {
            List<PostVersion> history = new ArrayList<>(earlier.length);
            for (int version : earlier) {
                PostDraft old = spool.readPost(index.offset(version));
                joinNote(old, index.id(version));
                history.add(new PostVersion(old.id, Instant.ofEpochMilli(old.createdAtMillis), old.text));
            }
            draft.editHistory = history;
        }
        String url = ownerName != null
                ? "https://x.com/" + ownerName + "/status/" + draft.id
                : "https://x.com/i/web/status/" + draft.id;
        return draft.toPost(url);
    }

    private void linkFallbackMedia(PostDraft draft, long id) {
        if (draft.media.isEmpty()) {
            return;
        }
        String[] found = media.fallbackFor(id);
        if (found == null) {
            return;
        }
        List<PostMedia> items = new ArrayList<>(draft.media);
        int next = 0;
        for (int i = 0; i < items.size() && next < found.length; i++) {
            PostMedia m = items.get(i);
            if (m.archivePath() != null) {
                continue;
            }
            String path = found[next++];
            if (path != null) {
                String type = m.contentType() != null ? m.contentType() : TweetConverter.contentType(path);
                items.set(i, new PostMedia(m.id(), m.kind(), path, type, m.width(), m.height(), m.altText(),
                        m.originalUrl(), m.videoVariants(), m.durationMillis(), m.sourcePostId()));
            }
        }
        draft.media = items;
    }

    private void joinNote(PostDraft draft, long id) {
        Integer note = noteByTweet.get(id);
        if (note == null) {
            return;
        }
        PostDraft content = spool.readNote(notes.offset(note));
        draft.text = content.text;
        draft.links = content.links;
        draft.mentions = TweetConverter.withUserIds(content.mentions, draft.mentions);
        draft.hashtags = content.hashtags;
        draft.cashtags = content.cashtags;
        draft.styles = content.styles;
        draft.longPost = true;
    }

    // -------------------------------------------------------------------------------------------- problems

    private void nextRow(String file) {
        if (file == null ? currentFile != null : !file.equals(currentFile)) {
            flushRowIssues();
            currentFile = file;
            currentRow = 0;
        }
        currentRow++;
    }

    /**
     * Row problems of the current file, gathered by kind (message → {count, first row}) so that a file with a
     * million odd rows gives one warning per kind, not a million.
     */
    private final Map<String, long[]> rowIssues = new java.util.LinkedHashMap<>();

    private void report(String message) {
        if (warnings.strict()) {
            warnings.add(FileLocation.of(currentFile), "Row " + currentRow + ": " + message);
            return;
        }
        long[] issue = rowIssues.computeIfAbsent(message, m -> new long[] {0, currentRow});
        issue[0]++;
    }

    private void flushRowIssues() {
        for (Map.Entry<String, long[]> e : rowIssues.entrySet()) {
            long count = e.getValue()[0];
            long first = e.getValue()[1];
            warnings.add(FileLocation.of(currentFile), count == 1 ? "Row " + first + ": " + e.getKey()
                    : e.getKey() + " (" + count + " rows, the first is row " + first + ")");
        }
        rowIssues.clear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
