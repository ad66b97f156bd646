package dev.fledge.model;

/**
 * One encoding of a video or GIF as X served it.
 *
 * @param url         where X served it
 * @param contentType {@code video/mp4} or {@code application/x-mpegURL} (a streaming playlist)
 * @param bitrate     bits per second, or null (playlists have none; GIFs have 0)
 */
public record VideoVariant(String url, String contentType, Long bitrate) {
}
