package dev.fledge.model;

import java.util.List;

/**
 * A photo, video or GIF attached to a post.
 *
 * @param id             X's media id
 * @param kind           photo, video or animated GIF
 * @param archivePath    path of the media file inside the archive, relative to its root (e.g.
 *                       {@code data/tweets_media/1852245699527643188-GbR_peKWAAA25BG.jpg}); null when the archive
 *                       lacks the file
 * @param contentType    MIME type of the file ({@code image/jpeg}, {@code video/mp4}, …), or null when unknown
 * @param width          pixel width of the largest size X recorded, or null
 * @param height         pixel height of the largest size X recorded, or null
 * @param altText        the description for people who cannot see it; null when unknown (X's archives do not
 *                       export alt text; only some old Grailbird archives do)
 * @param originalUrl    where X served the image (for videos and GIFs: the thumbnail image)
 * @param videoVariants  the encodings X offered for a video or GIF (empty for photos)
 * @param durationMillis length of a video in milliseconds, or null
 * @param sourcePostId   id of another post this media was taken from (retweets, reused media), or null
 */
public record PostMedia(
        String id,
        MediaKind kind,
        String archivePath,
        String contentType,
        Integer width,
        Integer height,
        String altText,
        String originalUrl,
        List<VideoVariant> videoVariants,
        Long durationMillis,
        String sourcePostId) {

    public PostMedia {
        videoVariants = videoVariants == null ? List.of() : List.copyOf(videoVariants);
    }
}
