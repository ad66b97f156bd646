package dev.fledge.testkit;

import java.time.Instant;
import java.util.List;

/**
 * One resolved media item of a post: ids, URLs and the name of its file in the media folder
 * ({@code <tweetId>-<fileBase>}, FORMAT.md §2.1).
 *
 * @param fileBase       last path segment of the photo URL, or of the highest-bitrate mp4 variant for videos/GIFs
 * @param sizeBytes      file size asked for, -1 for the small stand-in
 * @param sourceStatusId for media of a retweeted post: the original post's id (else null)
 */
record PostMedia(MediaKind kind, String id, String mediaUrlHttps, String fileBase, List<Variant> variants,
                 int width, int height, int durationMillis, int sizeBytes, String expandedUrl,
                 String sourceStatusId, String sourceUserId) {

    /** A {@code video_info.variants[]} entry; {@code bitrate} is null for the m3u8 playlist. */
    record Variant(String bitrate, String contentType, String url) {
    }

    /**
     * Makes up a media item of a post created at {@code postTime}.
     *
     * @param statusPath {@code <screen_name>/status/<id>} of the post the media belongs to (the original for retweets)
     */
    static PostMedia resolve(PostSpec.MediaRequest request, Names names, Instant postTime, String statusPath,
                             String sourceStatusId, String sourceUserId) {
        String id = names.snowflake(postTime.minusMillis(names.between(1_000, 20_000)));
        String expanded = "https://twitter.com/" + statusPath + (request.kind() == MediaKind.VIDEO ? "/video/1" : "/photo/1");
        return switch (request.kind()) {
            case PHOTO -> {
                String name = names.photoName();
                int[] size = PHOTO_SIZES[names.between(0, PHOTO_SIZES.length)];
                yield new PostMedia(MediaKind.PHOTO, id, "https://pbs.twimg.com/media/" + name + ".jpg", name + ".jpg",
                        List.of(), size[0], size[1], 0, request.sizeBytes(), expanded, sourceStatusId, sourceUserId);
            }
            case VIDEO -> {
                String base = "https://video.twimg.com/ext_tw_video/" + id + "/pu/";
                String best = names.videoName();
                List<Variant> variants = List.of(
                        new Variant("256000", "video/mp4", base + "vid/avc1/480x270/" + names.videoName() + ".mp4?tag=12"),
                        new Variant("2176000", "video/mp4", base + "vid/avc1/1280x720/" + best + ".mp4?tag=12"),
                        new Variant(null, "application/x-mpegURL", base + "pl/" + names.videoName() + ".m3u8?tag=12"),
                        new Variant("832000", "video/mp4", base + "vid/avc1/640x360/" + names.videoName() + ".mp4?tag=12"));
                yield new PostMedia(MediaKind.VIDEO, id,
                        "https://pbs.twimg.com/ext_tw_video_thumb/" + id + "/pu/img/" + names.videoName() + ".jpg",
                        best + ".mp4", variants, 1280, 720, names.between(2_000, 140_000), request.sizeBytes(), expanded,
                        sourceStatusId, sourceUserId);
            }
            case GIF -> {
                String name = names.photoName();
                Variant only = new Variant("0", "video/mp4", "https://video.twimg.com/tweet_video/" + name + ".mp4");
                yield new PostMedia(MediaKind.GIF, id, "https://pbs.twimg.com/tweet_video_thumb/" + name + ".jpg",
                        name + ".mp4", List.of(only), 498, 280, 0, request.sizeBytes(), expanded, sourceStatusId,
                        sourceUserId);
            }
        };
    }

    private static final int[][] PHOTO_SIZES = {{1200, 900}, {900, 1200}, {1080, 1080}, {2048, 1536}, {1536, 2048}, {680, 453}};
}
