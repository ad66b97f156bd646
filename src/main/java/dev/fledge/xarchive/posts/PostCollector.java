package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostOrigin;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CONTRACT SKELETON (owned by the posts reader, which replaces the bodies): collects the post rows of an archive in
 * whatever order the files give them, then hands them back oldest first.
 *
 * <p>Call order: every {@link #addNoteTweet} first (note-tweet.js is read before the tweets files), then
 * {@link #addTweet}/{@link #addCsvTweet} rows in file order, then {@link #counts()} and at most one
 * {@link #oldestFirst()}. {@link #close()} deletes the spool.
 */
public final class PostCollector implements Closeable {

    /**
     * @param content      the opened archive (to link media files)
     * @param mediaFolders archive folders that hold post media, e.g. {@code data/tweets_media/} (from the manifest
     *                     or discovered), each ending in {@code /}
     * @param accountId    the archive owner's X id (to tell self-replies), may be null for Grailbird archives
     *                     until user_details is read
     * @param spoolDir     where to spool posts for {@link #oldestFirst()}; null when only counts are needed
     *                     (inspect), then nothing is written to disk
     * @param directory    receives every (id, screen name, date) pairing the posts reveal
     * @param warnings     where per-row problems go
     */
    public PostCollector(ArchiveContent content, List<String> mediaFolders, String accountId, Path spoolDir,
                         AccountDirectory directory, Warnings warnings) {
        throw new UnsupportedOperationException("contract skeleton");
    }

    /** One {@code noteTweet} object (the value under the row key) from note-tweet.js. */
    public void addNoteTweet(JsonNode noteTweet, String file) {
        throw new UnsupportedOperationException("contract skeleton");
    }

    /**
     * One tweet object: the value under the {@code tweet} row key (G2/G3), a bare G1 row, or a Grailbird (G0)
     * month-file object (numeric ids, {@code text} instead of {@code full_text}).
     */
    public void addTweet(JsonNode tweet, PostOrigin origin, String file) {
        throw new UnsupportedOperationException("contract skeleton");
    }

    /** One row of a Grailbird tweets.csv (header name → value), used only when no month files exist. */
    public void addCsvTweet(Map<String, String> row, String file) {
        throw new UnsupportedOperationException("contract skeleton");
    }

    public PostCounts counts() {
        throw new UnsupportedOperationException("contract skeleton");
    }

    /** The live posts (origin TWEETS), edit chains collapsed, note tweets joined, oldest first. */
    public Iterator<Post> oldestFirst() {
        throw new UnsupportedOperationException("contract skeleton");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("contract skeleton");
    }
}
