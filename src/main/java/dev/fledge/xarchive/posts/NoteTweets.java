package dev.fledge.xarchive.posts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Links note tweets (long posts) to their tweet rows (FORMAT.md §5.4). Nothing in the files links them: the tweet
 * has the note's {@code createdAt} second (or the next one) and the nearest snowflake id, normally 13-41 ms after
 * the note's id. Since tweets come in any order, each note keeps its best candidate so far; the pairs are fixed
 * when all rows are in.
 *
 * <p>Memory: per note its id, second, spool offset, best tweet and score (primitive arrays); the text stays in the
 * spool. A sorted copy of the seconds makes each tweet's lookup a binary search, without boxing.
 */
final class NoteTweets {

    private static final long PREFERRED_MAX_DELAY_MS = 100;
    private static final long OUTSIDE_PREFERRED = 1_000_000_000L;

    private int count;
    private long[] noteIds = new long[16];
    private long[] seconds = new long[16];
    private long[] offsets = new long[16];
    private long[] bestTweet = new long[16];
    private long[] bestScore = new long[16];

    private boolean frozen;
    private long[] sortedSeconds;
    private int[] sortedNotes;

    int count() {
        return count;
    }

    void add(long noteId, long createdAtMillis, long spoolOffset) {
        if (frozen) {
            unfreeze();
        }
        if (count == noteIds.length) {
            int n = count * 2;
            noteIds = Arrays.copyOf(noteIds, n);
            seconds = Arrays.copyOf(seconds, n);
            offsets = Arrays.copyOf(offsets, n);
            bestTweet = Arrays.copyOf(bestTweet, n);
            bestScore = Arrays.copyOf(bestScore, n);
        }
        noteIds[count] = noteId;
        seconds[count] = Math.floorDiv(createdAtMillis, 1000L);
        offsets[count] = spoolOffset;
        bestTweet[count] = Long.MIN_VALUE;
        bestScore[count] = Long.MAX_VALUE;
        count++;
    }

    long offset(int note) {
        return offsets[note];
    }

    /** Considers tweet {@code tweetId} posted at {@code createdAtMillis} as the tweet of the notes of its second. */
    void offer(long tweetId, long createdAtMillis) {
        if (count == 0) {
            return;
        }
        if (!frozen) {
            freeze();
        }
        long second = Math.floorDiv(createdAtMillis, 1000L);
        offerSecond(tweetId, second);
        offerSecond(tweetId, second - 1);
    }

    private void offerSecond(long tweetId, long second) {
        int at = Arrays.binarySearch(sortedSeconds, second);
        if (at < 0) {
            return;
        }
        while (at > 0 && sortedSeconds[at - 1] == second) {
            at--;
        }
        for (; at < sortedSeconds.length && sortedSeconds[at] == second; at++) {
            int note = sortedNotes[at];
            long score = score(noteIds[note], tweetId);
            if (score < bestScore[note] || (score == bestScore[note] && tweetId < bestTweet[note])) {
                bestScore[note] = score;
                bestTweet[note] = tweetId;
            }
        }
    }

    /** Lower is better: 0-100 ms after the note first (nearest first), then anything else by distance. */
    private static long score(long noteId, long tweetId) {
        if (noteId < TwitterDates.MIN_SNOWFLAKE_ID || tweetId < TwitterDates.MIN_SNOWFLAKE_ID) {
            return OUTSIDE_PREFERRED * 2;
        }
        long delay = TwitterDates.snowflakeMillis(tweetId) - TwitterDates.snowflakeMillis(noteId);
        if (delay >= 0 && delay <= PREFERRED_MAX_DELAY_MS) {
            return delay;
        }
        return OUTSIDE_PREFERRED + Math.abs(delay);
    }

    /** Tweet id → note index; a tweet chosen by two notes keeps the closer one. */
    Map<Long, Integer> pairs() {
        Map<Long, Integer> byTweet = new HashMap<>();
        for (int note = 0; note < count; note++) {
            if (bestTweet[note] == Long.MIN_VALUE) {
                continue;
            }
            Integer other = byTweet.get(bestTweet[note]);
            if (other == null || bestScore[note] < bestScore[other]) {
                byTweet.put(bestTweet[note], note);
            }
        }
        return byTweet;
    }

    private void freeze() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(seconds[a], seconds[b]));
        sortedSeconds = new long[count];
        sortedNotes = new int[count];
        for (int i = 0; i < count; i++) {
            sortedNotes[i] = order[i];
            sortedSeconds[i] = seconds[order[i]];
        }
        frozen = true;
    }

    private void unfreeze() {
        frozen = false;
        sortedSeconds = null;
        sortedNotes = null;
    }
}
