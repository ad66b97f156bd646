package dev.fledge.testkit;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The made-up identifiers of an archive: snowflake ids, t.co links, media file names. Draws from one seeded
 * {@link SplittableRandom}, so the same sequence of calls always gives the same names.
 */
final class Names {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String MEDIA_CHARS = ALNUM + "_-";

    private final SplittableRandom random;
    private int sequence;

    Names(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A snowflake created at {@code at}: random worker bits, a running sequence so ids never repeat. */
    String snowflake(Instant at) {
        int worker = random.nextInt(1 << 10);
        sequence = (sequence + 1) & 0xFFF;
        return Long.toString(Snowflake.of(at, (worker << 12) | sequence));
    }

    /** {@code https://t.co/} and 10 letters or digits (23 characters in all). */
    String tco() {
        return "https://t.co/" + chars(ALNUM, 10);
    }

    /** A photo name as pbs.twimg.com has them: 15 characters, e.g. {@code GbR_peKWAAA25BG}. */
    String photoName() {
        return chars(MEDIA_CHARS, 15);
    }

    /** A video file name: 16 characters, e.g. {@code wZwdl2psWVDiB7ej}. */
    String videoName() {
        return chars(MEDIA_CHARS, 16);
    }

    /** A DM image or profile image name: 8 characters, e.g. {@code vTxBTsv2}. */
    String shortName() {
        return chars(MEDIA_CHARS, 8);
    }

    /** A number in [from, to). */
    int between(int from, int to) {
        return random.nextInt(from, to);
    }

    private String chars(String alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
