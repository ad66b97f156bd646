package dev.fledge.testkit;

import java.util.Arrays;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Bytes for media files. By default tiny valid files (a 1x1 JPEG, a 1x1 PNG, an mp4 {@code ftyp} box); with a
 * size, the stand-in followed by random bytes up to that size (incompressible, like real media).
 */
final class StandInMedia {
    /** A 1x1 JPEG (632 bytes) written by javax.imageio. */
    static final byte[] JPEG = Base64.getDecoder().decode(
            "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
                    + "2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB/8QAHwAA"
                    + "AQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRol"
                    + "JicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW"
                    + "19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
                    + "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJma"
                    + "oqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDBooor7U8E/9k=");
    /** A 1x1 PNG (69 bytes). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4XmMwTjsDAAI1AWZzV9GDAAAAAElFTkSuQmCC");
    /** An ISO base media {@code ftyp} box: enough for anything that sniffs the file type. */
    static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
            'i', 's', 'o', 'm', 'm', 'p', '4', '2'};

    private StandInMedia() {
    }

    /** The stand-in for a file name ({@code .mp4} → MP4, {@code .png} → PNG, else JPEG). */
    static byte[] forName(String fileName) {
        if (fileName.endsWith(".mp4")) {
            return MP4.clone();
        }
        return fileName.endsWith(".png") ? PNG.clone() : JPEG.clone();
    }

    /**
     * The file's bytes: the stand-in when {@code sizeBytes} is negative, else exactly {@code sizeBytes} bytes
     * (the stand-in, padded with random bytes drawn from {@code seed}).
     */
    static byte[] bytes(String fileName, int sizeBytes, long seed) {
        byte[] standIn = forName(fileName);
        if (sizeBytes < 0) {
            return standIn;
        }
        byte[] out = Arrays.copyOf(standIn, sizeBytes);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = standIn.length; i < sizeBytes; i += 8) {
            long r = random.nextLong();
            for (int k = 0; k < 8 && i + k < sizeBytes; k++) {
                out[i + k] = (byte) (r >>> (8 * k));
            }
        }
        return out;
    }
}
