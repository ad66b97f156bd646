package dev.fledge.archive;

import dev.fledge.archive.RawZip.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.fledge.archive.ZipTesting.DEFAULTS;
import static dev.fledge.archive.ZipTesting.paths;
import static dev.fledge.archive.ZipTesting.readAll;
import static dev.fledge.archive.ZipTesting.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Archives at the scale of real accounts: 100,000 entries (ZIP64 end record), entries past 4 GiB. */
class SafeZipArchiveLargeTest {
    private static final int MEDIA = 90_000;
    private static final int MESSAGES = 10_000;
    private static final int FILES = MEDIA + MESSAGES + 1;

    @TempDir
    static Path dir;
    private static Path manyEntries;

    private static String mediaName(int i) {
        return String.format("data/tweets_media/%019d-GbR_peKWAAA25BG.jpg", 1_500_000_000_000_000_000L + i);
    }

    @BeforeAll
    static void writeManyEntries() throws IOException {
        manyEntries = dir.resolve("many.zip");
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(manyEntries), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Your archive.html"));
            zip.write(utf8("<html>"));
            for (int i = 0; i < MEDIA + MESSAGES; i++) {
                String name = i < MEDIA ? mediaName(i) : "data/direct_messages_media/" + i + "-x.jpg";
                byte[] content = utf8("photo " + i);
                ZipEntry entry = new ZipEntry(name);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(RawZip.crc32(content));
                zip.putNextEntry(entry);
                zip.write(content);
            }
        }
        System.out.printf("wrote %,d entries (%,d bytes) in %d ms%n", FILES, Files.size(manyEntries),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void a100000EntryArchiveOpensQuicklyWithASmallIndex() throws IOException {
        long started = System.nanoTime();
        try (SafeZipArchive archive = SafeZipArchive.open(manyEntries, DEFAULTS)) {
            long openMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("opened %,d entries in %d ms, index %,d bytes (%.1f bytes per entry)%n", FILES,
                    openMillis, archive.retainedBytes(), archive.retainedBytes() / (double) FILES);
            assertEquals(FILES, archive.entryCount());
            assertEquals("", archive.root());
            assertTrue(archive.retainedBytes() <= 40L * FILES, "retained " + archive.retainedBytes());

            for (int i : new int[] {0, 1, MEDIA / 2, MEDIA - 1}) {
                assertEquals("photo " + i, new String(readAll(archive, mediaName(i))));
            }
            assertEquals("photo " + (MEDIA + 5), new String(readAll(archive, "data/direct_messages_media/"
                    + (MEDIA + 5) + "-x.jpg")));
            assertTrue(archive.entry(mediaName(MEDIA)).isEmpty());
            assertTrue(archive.entry("data/tweets_media/").isEmpty());

            started = System.nanoTime();
            List<String> all = paths(archive, "");
            assertEquals(FILES, all.size());
            assertEquals("Your archive.html", all.get(0));
            assertEquals(mediaName(0), all.get(1));
            assertEquals(MESSAGES, paths(archive, "data/direct_messages_media/").size());
            System.out.printf("listed all entries, then one folder, in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
        }
        started = System.nanoTime();
        SafeZipArchive.open(manyEntries, DEFAULTS).close();
        System.out.printf("opened again (warm) in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void moreThan65535EntriesUseTheZip64EndRecord() throws IOException {
        try (FileChannel channel = FileChannel.open(manyEntries)) {
            ByteBuffer tail = ByteBuffer.allocate(42).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, channel.size() - 42);
            assertEquals(0x07064b50, tail.getInt(0), "ZIP64 locator");
            assertEquals(0x06054b50, tail.getInt(20), "end record");
            assertEquals((short) 0xFFFF, tail.getShort(30), "entry count deferred to the ZIP64 record");
        }
        try (SafeZipArchive archive = SafeZipArchive.open(manyEntries, DEFAULTS)) {
            assertEquals(FILES, archive.entryCount());
        }
    }

    @Test
    void entriesLargerThan4GiBAndOffsetsPast4GiB() throws IOException {
        long hugeSize = 5 * ArchiveLimits.GIB + 3;
        Path file = dir.resolve("huge.zip");
        RawZip raw = new RawZip(file);
        raw.add(Entry.text("Your archive.html", "<html>"))
                .add(Entry.storedHole("data/tweets_media/1-huge.mp4", hugeSize).zip64())
                .add(Entry.text("data/tweets.js", "window.YTD.tweets.part0 = []").zip64());
        raw.finish(true);
        assertTrue(Files.size(file) > hugeSize);
        try (SafeZipArchive archive = SafeZipArchive.open(file, DEFAULTS)) {
            ArchiveEntry huge = archive.entry("data/tweets_media/1-huge.mp4").orElseThrow();
            assertEquals(hugeSize, huge.size());
            assertEquals(hugeSize, huge.compressedSize());
            assertEquals(hugeSize + 28 + 6, archive.totalUncompressedSize());
            assertEquals("window.YTD.tweets.part0 = []", new String(readAll(archive, "data/tweets.js")));
            try (InputStream in = archive.open(huge)) {
                assertArrayEquals(new byte[1 << 20], in.readNBytes(1 << 20));
            }
        }
    }
}
