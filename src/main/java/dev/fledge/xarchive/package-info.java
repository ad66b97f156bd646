/**
 * The X archive reader: every vintage (FORMAT.md §1: Grailbird G0, root-layout G1, manifest G2/G3) into the model.
 *
 * <p>{@link dev.fledge.xarchive.XArchiveReader#read} makes ONE pass: {@link dev.fledge.xarchive.ArchiveLayout}
 * reads the manifest and the entry list (generation, data files per type, media folders, skipped types), then the
 * account files, the profile, the post files into the {@link dev.fledge.xarchive.posts.PostCollector} (note tweets
 * first), and counts likes, relationships, lists and direct messages. Every warning and every strict error arises
 * during this pass, before anything is written.
 *
 * <p>Streamed, never held: every data file is parsed row by row from the archive by
 * {@link dev.fledge.xarchive.DataFileReader} (Jackson streaming, one row tree at a time; DM conversations token by
 * token, one event tree at a time). Likes, followers/following/blocks/mutes, lists and conversations are streamed
 * again from the archive on each {@code XArchive.forEach…} call; posts come back from the collector's disk spool.
 *
 * <p>Kept in memory: the account, the profile, counts, skipped type names, at most 1000 warnings, the account
 * directory, the names of the data files, media folder counts, a sorted {@code long[]} of DM media message ids,
 * and, while one conversation is being streamed, that conversation's events (they must be reversed into
 * chronological order, so memory is bounded by the largest conversation).
 */
package dev.fledge.xarchive;
