/**
 * Reading the posts of an X archive: tweets files of every vintage, note tweets (long posts), deleted and
 * community posts, Grailbird month files and tweets.csv, into {@link dev.fledge.model.Post}s.
 *
 * <p>Order. Files list posts newest first per part, parts in any order, so nothing can be emitted before the last
 * row is read. {@link dev.fledge.xarchive.posts.PostCollector} converts each row as it arrives
 * ({@code TweetConverter}: kind, plain text and UTF-16 entity offsets via {@code TextAssembler}, media files via
 * {@code MediaLinker}) and appends it to a spool file ({@code PostSpool}, a compact binary record per post). What
 * needs the whole archive is decided afterwards: duplicate ids (first live row wins), edit chains (newest present
 * version kept, older ones become its history), note tweets (each note keeps its best tweet candidate while rows
 * stream by; pairs fixed at the end) and media files found only by the prefix fallback. Then the index is sorted
 * by (creation time, id) and each post is read back by offset and completed on the fly.
 *
 * <p>Memory. Per post only the index stays in memory ({@code PostIndex}: creation time, id and spool offset as
 * primitive arrays, 24 bytes, plus one flag byte for the counts); per note 40 bytes; per missed media file 8 bytes;
 * per edit chain a few ints. Texts, entities and media live in the spool. Sorting uses an {@code int[]}
 * permutation. A million posts need about 40 MB of heap at the sort; without a spool directory (inspect) nothing is written
 * and only the index is kept.
 */
package dev.fledge.xarchive.posts;
