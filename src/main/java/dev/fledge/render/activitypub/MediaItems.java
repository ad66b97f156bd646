package dev.fledge.render.activitypub;

import dev.fledge.model.MediaKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.VideoVariant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * Facts about a post's media item that both fediverse targets need: a 64-bit key (the X media id, or a hash of the
 * file path when the archive gives no numeric id) naming the copied file, the file extension and media type, and
 * the URL X served it from (photos: the image; videos and GIFs: the best {@code video/mp4} variant).
 */
public final class MediaItems {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("mp4", "video/mp4"),
            Map.entry("mov", "video/quicktime"), Map.entry("m4v", "video/mp4"));

    private MediaItems() {
    }

    /** The key of a media item: its numeric X id, else a hash of its archive path (or X URL). Never 0. */
    public static long key(PostMedia media) {
        String id = media.id();
        if (id != null && !id.isEmpty() && id.length() <= 19 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                long value = Long.parseLong(id);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException tooLarge) {
                // hashed below
            }
        }
        String basis = media.archivePath() != null ? media.archivePath() : String.valueOf(media.originalUrl());
        return hash(basis);
    }

    /** 16 lower-case hex digits, distinct for distinct keys (a bijective mix of the 64 bits). */
    public static String hex16(long key) {
        long z = key;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return String.format(Locale.ROOT, "%016x", z);
    }

    /** The key's decimal digits, left-padded to a multiple of three, in groups joined by {@code /} (Paperclip style). */
    public static String digitGroups(long key) {
        String digits = Long.toUnsignedString(key);
        int pad = (3 - digits.length() % 3) % 3;
        String padded = "0".repeat(pad) + digits;
        StringBuilder out = new StringBuilder(padded.length() + padded.length() / 3);
        for (int i = 0; i < padded.length(); i += 3) {
            if (i > 0) {
                out.append('/');
            }
            out.append(padded, i, i + 3);
        }
        return out.toString();
    }

    /** The lower-case extension of the archive file (without dot), from its name, else from the media type. */
    public static String extension(PostMedia media) {
        String fromPath = extensionOf(media.archivePath());
        if (fromPath != null) {
            return fromPath;
        }
        if (media.contentType() != null) {
            for (Map.Entry<String, String> e : TYPES.entrySet()) {
                if (e.getValue().equals(media.contentType()) && !e.getKey().equals("jpeg") && !e.getKey().equals("m4v")) {
                    return e.getKey();
                }
            }
        }
        return media.kind() == MediaKind.PHOTO ? "jpg" : "mp4";
    }

    /** The lower-case extension of a file name or URL path, or null. */
    public static String extensionOf(String path) {
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        String clean = query >= 0 ? path.substring(0, query) : path;
        int slash = clean.lastIndexOf('/');
        int dot = clean.lastIndexOf('.');
        if (dot <= slash || dot == clean.length() - 1) {
            return null;
        }
        String ext = clean.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.length() <= 5 && ext.chars().allMatch(Character::isLetterOrDigit) ? ext : null;
    }

    /** The media type of the archive file. */
    public static String mediaType(PostMedia media) {
        if (media.contentType() != null && !media.contentType().isBlank()) {
            return media.contentType();
        }
        return typeOfExtension(extension(media), media.kind());
    }

    /** The media type a file with this extension has. */
    public static String typeOfExtension(String extension, MediaKind kind) {
        String type = extension == null ? null : TYPES.get(extension);
        if (type != null) {
            return type;
        }
        return kind == MediaKind.PHOTO ? "image/jpeg" : "video/mp4";
    }

    /**
     * Where X served the item: for videos and GIFs the {@code video/mp4} variant with the highest bitrate, for photos
     * (and videos without variants) the image URL; null when the archive has neither.
     */
    public static String xUrl(PostMedia media) {
        if (media.kind() != MediaKind.PHOTO) {
            VideoVariant best = null;
            for (VideoVariant variant : media.videoVariants()) {
                if ("video/mp4".equals(variant.contentType()) && variant.url() != null
                        && (best == null || bitrate(variant) > bitrate(best))) {
                    best = variant;
                }
            }
            if (best != null) {
                return best.url();
            }
        }
        return media.originalUrl();
    }

    /** The media type of {@link #xUrl}. */
    public static String xUrlMediaType(PostMedia media) {
        String url = xUrl(media);
        if (media.kind() != MediaKind.PHOTO && url != null && !url.equals(media.originalUrl())) {
            return "video/mp4";
        }
        return typeOfExtension(extensionOf(url), MediaKind.PHOTO);
    }

    private static long bitrate(VideoVariant variant) {
        return variant.bitrate() == null ? -1 : variant.bitrate();
    }

    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xFF);
            }
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
