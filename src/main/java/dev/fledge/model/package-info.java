/**
 * The canonical records of an X archive, as every writer sees them: {@link dev.fledge.model.ArchiveDocument} (the
 * whole archive: account, profile, counts, posts oldest first, likes, relationships, lists, direct messages,
 * media files) and the immutable records it hands out ({@link dev.fledge.model.Post} and its parts,
 * {@link dev.fledge.model.Account}, {@link dev.fledge.model.Like}, ...).
 *
 * <p>Names are plain terms, not X's field names; times are {@link java.time.Instant}s (UTC); ids are strings
 * (X ids exceed 2^53); text is what people wrote (HTML entities unescaped once, t.co links expanded) and entity
 * offsets are UTF-16 code units into it. A field is null when the archive does not say. The records carry no
 * serialization annotations: each writer decides its own format.
 */
package dev.fledge.model;
