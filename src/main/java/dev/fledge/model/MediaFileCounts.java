package dev.fledge.model;

/**
 * How the media items of the posts were matched to files in the archive.
 *
 * @param items   media items of all collected posts (photos, videos and GIFs)
 * @param linked  items whose file was found in the archive
 * @param missing items whose file the archive lacks (never an error: archives often miss old or foreign media)
 */
public record MediaFileCounts(long items, long linked, long missing) {
}
