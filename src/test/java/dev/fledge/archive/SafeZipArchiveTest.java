package dev.fledge.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.fledge.archive.ZipTesting.DEFAULTS;
import static dev.fledge.archive.ZipTesting.paths;
import static dev.fledge.archive.ZipTesting.readAll;
import static dev.fledge.archive.ZipTesting.sampleBytes;
import static dev.fledge.archive.ZipTesting.utf8;
import static dev.fledge.archive.ZipTesting.writeZip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening and reading well-formed archives: layout, wrapping folder, hidden entries, streams. */
class SafeZipArchiveTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> xArchive(String wrapper) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(wrapper + "Your archive.html", utf8("<html>viewer</html>"));
        entries.put(wrapper + "assets/", new byte[0]);
        entries.put(wrapper + "assets/js/main.js", sampleBytes(5000, 1));
        entries.put(wrapper + "data/", new byte[0]);
        entries.put(wrapper + "data/manifest.js", utf8("window.__THAR_CONFIG = {}"));
        entries.put(wrapper + "data/tweets.js", sampleBytes(300_000, 2));
        entries.put(wrapper + "data/tweets_media/", new byte[0]);
        entries.put("stored:" + wrapper + "data/tweets_media/1-a.jpg", sampleBytes(70_000, 3));
        entries.put(wrapper + "data/tweets_media/2-b.mp4", sampleBytes(200_000, 4));
        return entries;
    }

    @Test
    void opensAnXArchiveAndReadsItsFiles() throws IOException {
        Path zip = writeZip(dir.resolve("x.zip"), xArchive(""));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("", archive.root());
            assertEquals(6, archive.entryCount());
            assertEquals(19 + 5000 + 25 + 300_000 + 70_000 + 200_000, archive.totalUncompressedSize());
            assertEquals(List.of("Your archive.html", "assets/js/main.js", "data/manifest.js", "data/tweets.js",
                    "data/tweets_media/1-a.jpg", "data/tweets_media/2-b.mp4"), paths(archive, ""));
            assertEquals(List.of("data/tweets_media/1-a.jpg", "data/tweets_media/2-b.mp4"),
                    paths(archive, "data/tweets_media/"));

            ArchiveEntry tweets = archive.entry("data/tweets.js").orElseThrow();
            assertEquals("tweets.js", tweets.fileName());
            assertEquals(300_000, tweets.size());
            assertTrue(tweets.compressedSize() < tweets.size());
            assertArrayEquals(sampleBytes(300_000, 2), readAll(archive, "data/tweets.js"));
            assertArrayEquals(sampleBytes(70_000, 3), readAll(archive, "data/tweets_media/1-a.jpg"));
            assertEquals("window.__THAR_CONFIG = {}", new String(readAll(archive, "data/manifest.js")));

            assertTrue(archive.entry("data/").isEmpty(), "directories are not files");
            assertTrue(archive.entry("data/missing.js").isEmpty());
            assertTrue(archive.entry("tweets.js").isEmpty());
        }
    }

    @Test
    void singleByteReadsAndSkipsCheckTheDataToo() throws IOException {
        Path zip = writeZip(dir.resolve("x.zip"), Map.of("a.txt", utf8("hello")));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS);
             InputStream in = archive.open(archive.entry("a.txt").orElseThrow())) {
            assertEquals('h', in.read());
            assertEquals(3, in.skip(3));
            assertEquals('o', in.read());
            assertEquals(-1, in.read());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void streamsAreIndependentAndCanBeReadConcurrently() throws Exception {
        Path zip = writeZip(dir.resolve("x.zip"), xArchive(""));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            ArchiveEntry tweets = archive.entry("data/tweets.js").orElseThrow();
            ArchiveEntry photo = archive.entry("data/tweets_media/1-a.jpg").orElseThrow();
            try (InputStream a = archive.open(tweets); InputStream b = archive.open(photo);
                 InputStream c = archive.open(tweets)) {
                byte[] chunk = new byte[1000];
                byte[] expected = sampleBytes(70_000, 3);
                for (int offset = 0; offset < 70_000; offset += 1000) {
                    assertEquals(1000, b.readNBytes(chunk, 0, 1000));
                    assertArrayEquals(java.util.Arrays.copyOfRange(expected, offset, offset + 1000), chunk);
                    a.readNBytes(chunk, 0, 1000);
                }
                assertArrayEquals(sampleBytes(300_000, 2), c.readAllBytes());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<byte[]>> reads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String path = i % 2 == 0 ? "data/tweets.js" : "data/tweets_media/2-b.mp4";
                    reads.add(pool.submit(() -> readAll(archive, path)));
                }
                for (int i = 0; i < 8; i++) {
                    assertArrayEquals(i % 2 == 0 ? sampleBytes(300_000, 2) : sampleBytes(200_000, 4),
                            reads.get(i).get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aWrappingFolderBecomesTheRoot() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("twitter-2024-11-09/", new byte[0]);
        entries.putAll(xArchive("twitter-2024-11-09/"));
        Path zip = writeZip(dir.resolve("rezipped.zip"), entries);
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("twitter-2024-11-09/", archive.root());
            assertEquals(6, archive.entryCount());
            assertEquals("data/tweets.js", archive.entry("data/tweets.js").orElseThrow().path());
            assertTrue(archive.entry("twitter-2024-11-09/data/tweets.js").isEmpty());
            assertEquals(List.of("data/tweets_media/1-a.jpg", "data/tweets_media/2-b.mp4"),
                    paths(archive, "data/tweets_media/"));
            assertArrayEquals(sampleBytes(300_000, 2), readAll(archive, "data/tweets.js"));
        }
    }

    @Test
    void macOsClutterIsHiddenAndDoesNotPreventTheWrappingFolder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("twitter/data/tweets.js", utf8("window.YTD.tweets.part0 = []"));
        entries.put("twitter/.DS_Store", new byte[10]);
        entries.put("twitter/data/.DS_Store", new byte[10]);
        entries.put("__MACOSX/", new byte[0]);
        entries.put("__MACOSX/twitter/", new byte[0]);
        entries.put("__MACOSX/twitter/data/._tweets.js", new byte[40]);
        entries.put(".DS_Store", new byte[10]);
        Path zip = writeZip(dir.resolve("mac.zip"), entries);
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("twitter/", archive.root());
            assertEquals(1, archive.entryCount());
            assertEquals(utf8("window.YTD.tweets.part0 = []").length, archive.totalUncompressedSize());
            assertEquals(List.of("data/tweets.js"), paths(archive, ""));
            assertTrue(archive.entry(".DS_Store").isEmpty());
            assertTrue(archive.entry("data/.DS_Store").isEmpty());
        }
    }

    @Test
    void noRootWhenFilesHaveDifferentFirstSegments() throws IOException {
        Path twoFolders = writeZip(dir.resolve("a.zip"), Map.of("a/x.js", utf8("x"), "b/y.js", utf8("y")));
        Path topLevelFile = writeZip(dir.resolve("b.zip"), Map.of("a/x.js", utf8("x"), "y.js", utf8("y")));
        for (Path zip : List.of(twoFolders, topLevelFile)) {
            try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
                assertEquals("", archive.root());
                assertTrue(archive.entry("a/x.js").isPresent());
            }
        }
    }

    @Test
    void backslashesAreSeparators() throws IOException {
        Path zip = dir.resolve("windows.zip");
        RawZip raw = new RawZip(zip);
        raw.add(RawZip.Entry.text("x\\data\\tweets.js", "tweets")).add(RawZip.Entry.text("x\\data\\like.js", "likes"));
        raw.finish(false);
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("x/", archive.root());
            assertEquals("likes", new String(readAll(archive, "data/like.js")));
        }
    }

    @Test
    void anArchiveWithOnlyItsDataFolderHasNoWrapper() throws IOException {
        // users delete "Your archive.html" and assets/ to upload less: data/ is then the only folder
        Path zip = writeZip(dir.resolve("data-only.zip"), Map.of(
                "data/manifest.js", utf8("window.__THAR_CONFIG = {}"), "data/tweets.js", utf8("[]")));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("", archive.root());
            assertTrue(archive.entry("data/manifest.js").isPresent());
        }
    }

    @Test
    void anEmptyZipAndASpanningMarkerAreAccepted() throws IOException {
        Path empty = writeZip(dir.resolve("empty.zip"), Map.of());
        assertEquals(22, Files.size(empty));
        try (SafeZipArchive archive = SafeZipArchive.open(empty, DEFAULTS)) {
            assertEquals(0, archive.entryCount());
            assertEquals("", archive.root());
            assertEquals(List.of(), paths(archive, ""));
        }
        Path spanned = dir.resolve("spanned.zip");
        RawZip raw = new RawZip(spanned);
        raw.raw(new byte[] {'P', 'K', 7, 8}).add(RawZip.Entry.text("a.txt", "spanned"));
        raw.finish(false);
        try (SafeZipArchive archive = SafeZipArchive.open(spanned, DEFAULTS)) {
            assertEquals("spanned", new String(readAll(archive, "a.txt")));
        }
    }

    @Test
    void storedEntryWithZip64SizesAndEndRecord() throws IOException {
        Path zip = dir.resolve("zip64.zip");
        RawZip raw = new RawZip(zip);
        raw.add(RawZip.Entry.stored("data/tweets.js", sampleBytes(1000, 5)).zip64())
                .add(RawZip.Entry.deflated("like.js", sampleBytes(2000, 6)).zip64());
        raw.finish(true);
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals(1000, archive.entry("data/tweets.js").orElseThrow().size());
            assertEquals(1000, archive.entry("data/tweets.js").orElseThrow().compressedSize());
            assertArrayEquals(sampleBytes(1000, 5), readAll(archive, "data/tweets.js"));
            assertArrayEquals(sampleBytes(2000, 6), readAll(archive, "like.js"));
        }
    }

    @Test
    void closeReleasesTheFileButKeepsIt() throws IOException {
        Path zip = writeZip(dir.resolve("x.zip"), Map.of("a.txt", utf8("a")));
        SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS);
        InputStream open = archive.open(archive.entry("a.txt").orElseThrow());
        archive.close();
        assertTrue(Files.exists(zip));
        assertThrows(IllegalStateException.class, () -> archive.entry("a.txt"));
        assertThrows(IOException.class, open::read);
    }
}
