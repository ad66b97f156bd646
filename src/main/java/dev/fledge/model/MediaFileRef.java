package dev.fledge.model;

/**
 * A media item as the archive names it: the URL it had on X and, when the file is in the archive, its path
 * (relative to the archive root, e.g. {@code data/profile_media/52338276-kZW7LH6v.jpg}).
 *
 * @param originalUrl the URL written in the data file
 * @param archivePath the archive entry holding the file, or null when the archive does not contain it
 */
public record MediaFileRef(String originalUrl, String archivePath) {
}
