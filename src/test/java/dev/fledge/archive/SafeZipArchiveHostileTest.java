package dev.fledge.archive;

import dev.fledge.archive.RawZip.Entry;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.fledge.archive.ZipTesting.DEFAULTS;
import static dev.fledge.archive.ZipTesting.assertOpenProblem;
import static dev.fledge.archive.ZipTesting.assertReadProblem;
import static dev.fledge.archive.ZipTesting.readAll;
import static dev.fledge.archive.ZipTesting.sampleBytes;
import static dev.fledge.archive.ZipTesting.utf8;
import static dev.fledge.archive.ZipTesting.writeZip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of broken or hostile archive is refused with its own problem type, before or while reading. */
class SafeZipArchiveHostileTest {
    @TempDir
    Path dir;

    private Path zip(Entry... entries) throws IOException {
        Path file = Files.createTempFile(dir, "hostile", ".zip");
        RawZip raw = new RawZip(file);
        for (Entry entry : entries) {
            raw.add(entry);
        }
        raw.finish(false);
        return file;
    }

    private Path bytes(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
    }

    private static ArchiveLimits limits(long upload, int entries, long entry, long total, double ratio, long ratioMin) {
        return new ArchiveLimits(upload, entries, entry, total, ratio, ratioMin);
    }

    // --- not a ZIP, broken structure

    @Test
    void uploadsThatAreNotZipsAreRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        for (byte[] content : new byte[][] {new byte[0], png, gzip, utf8("just some text, not an archive"),
                {'P', 'K'}, {'P', 'K', 1, 2, 0, 0, 0, 0}}) {
            assertOpenProblem(ProblemType.NOT_A_ZIP, bytes(content));
        }
    }

    @Test
    void truncatedArchivesAreBroken() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/tweets.js", sampleBytes(50_000, 1));
        entries.put("data/like.js", sampleBytes(50_000, 2));
        byte[] whole = Files.readAllBytes(writeZip(dir.resolve("whole.zip"), entries));
        int directoryStart = (int) directoryStart(whole);
        for (int cut : new int[] {whole.length / 3, directoryStart - 1, directoryStart + 10, whole.length - 30,
                whole.length - 10, whole.length - 1}) {
            assertOpenProblem(ProblemType.BROKEN_ZIP, bytes(Arrays.copyOf(whole, cut)));
        }
    }

    @Test
    void aCentralDirectoryOutsideTheFileIsBroken() throws IOException {
        byte[] whole = Files.readAllBytes(zip(Entry.text("a.txt", "a"), Entry.text("b.txt", "b")));
        byte[] pastEnd = whole.clone();
        putInt(pastEnd, pastEnd.length - 6, pastEnd.length + 100);
        assertOpenProblem(ProblemType.BROKEN_ZIP, bytes(pastEnd));
        byte[] tooLong = whole.clone();
        putInt(tooLong, tooLong.length - 10, 1000);
        assertOpenProblem(ProblemType.BROKEN_ZIP, bytes(tooLong));
        byte[] badSignature = whole.clone();
        badSignature[(int) directoryStart(whole)] = 'X';
        assertOpenProblem(ProblemType.BROKEN_ZIP, bytes(badSignature));
        byte[] wrongCount = whole.clone();
        putShort(wrongCount, wrongCount.length - 12, 3);
        putShort(wrongCount, wrongCount.length - 14, 3);
        assertOpenProblem(ProblemType.BROKEN_ZIP, bytes(wrongCount));
    }

    @Test
    void aMissingLocalHeaderFailsWhenTheEntryIsOpened() throws IOException {
        byte[] whole = Files.readAllBytes(zip(Entry.text("a.txt", "first"), Entry.text("b.txt", "second")));
        int secondHeader = 30 + 5 + RawZip.deflate(utf8("first")).length;
        assertEquals(0x04034b50, ByteBuffer.wrap(whole, secondHeader, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        whole[secondHeader] = 'X';
        Path zip = bytes(whole);
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals("first", new String(readAll(archive, "a.txt")));
            ArchiveDataException e = assertThrows(ArchiveDataException.class, () -> readAll(archive, "b.txt"));
            assertEquals(ProblemType.BROKEN_ZIP, e.problem().type());
        }
    }

    @Test
    void unsupportedCompressionMethodsAreNamed() throws IOException {
        FledgeException e = assertOpenProblem(ProblemType.BROKEN_ZIP, zip(Entry.text("a.txt", "a").method(12)));
        assertTrue(e.detail().contains("compression method 12 (bzip2)"), e.detail());
    }

    @Test
    void encryptedEntriesAreRefused() throws IOException {
        assertOpenProblem(ProblemType.ENCRYPTED_ENTRY, zip(Entry.text("a.txt", "a"), Entry.text("b.txt", "b").flags(1)));
        assertOpenProblem(ProblemType.ENCRYPTED_ENTRY, zip(Entry.text("a.txt", "a").flags(0x41)));
        assertOpenProblem(ProblemType.ENCRYPTED_ENTRY, zip(Entry.text("aes.txt", "a").flags(1).method(99)));
    }

    // --- names

    @ParameterizedTest
    @ValueSource(strings = {"../evil.js", "data/../../evil.js", "data/..", "../", "/etc/passwd", "C:/Windows/x.js",
            "c:x.js", "C:\\Windows\\x.js", "data\\..\\..\\evil.js", "..\\evil.js", "\\\\server\\share\\x",
            "data/a\u0000b.js", "data/a\nb.js", "data/a\u007fb.js", ""})
    void unsafeNamesAreRefused(String name) throws IOException {
        FledgeException e = assertOpenProblem(ProblemType.UNSAFE_ENTRY_NAME,
                zip(Entry.text("data/tweets.js", "[]"), Entry.text(name, "x")));
        assertTrue(e.detail().chars().noneMatch(Character::isISOControl), e.detail());
        assertFalse(e.location().file().chars().anyMatch(Character::isISOControl));
    }

    @Test
    void controlCharactersAreEscapedInDetails() throws IOException {
        FledgeException e = assertOpenProblem(ProblemType.UNSAFE_ENTRY_NAME, zip(Entry.text("data/a\u0000b.js", "x")));
        assertEquals("The entry \"data/a\\u0000b.js\" contains a control character.", e.detail());
    }

    @Test
    void namesThatOnlyLookOddAreAccepted() throws IOException {
        Path zip = zip(Entry.text("data/..hidden/a..b.js", "x"), Entry.text("data/tweets_media/é 1.jpg", "y"),
                Entry.text("ab:c.txt", "z"));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            assertEquals(3, archive.entryCount());
            assertEquals("y", new String(readAll(archive, "data/tweets_media/é 1.jpg")));
        }
    }

    @Test
    void symlinksAreRefused() throws IOException {
        FledgeException e = assertOpenProblem(ProblemType.UNSAFE_ENTRY_NAME,
                zip(Entry.text("data/tweets.js", "[]"), Entry.stored("data/link", utf8("/etc/passwd")).symlink()));
        assertTrue(e.detail().contains("symbolic link"), e.detail());
        Entry unixFile = Entry.text("data/file.js", "[]");
        unixFile.versionMadeBy = 3 << 8 | 20;
        unixFile.externalAttributes = 0100644L << 16;
        try (SafeZipArchive archive = SafeZipArchive.open(zip(unixFile), DEFAULTS)) {
            assertEquals(1, archive.entryCount());
        }
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        assertOpenProblem(ProblemType.DUPLICATE_ENTRY,
                zip(Entry.text("data/a.js", "1"), Entry.text("data/b.js", "2"), Entry.text("data/a.js", "3")));
        assertOpenProblem(ProblemType.DUPLICATE_ENTRY, zip(Entry.text("data/a.js", "1"), Entry.text("data\\a.js", "2")));
        assertOpenProblem(ProblemType.DUPLICATE_ENTRY, zip(Entry.directory("data/"), Entry.directory("data/")));
    }

    // --- bombs

    @Test
    void aHighRatioEntryIsRefused() throws IOException {
        FledgeException e = assertOpenProblem(ProblemType.COMPRESSION_RATIO,
                zip(Entry.deflatedZeros("data/tweets.js", 64 * ArchiveLimits.MIB)));
        assertTrue(e.detail().contains("the limit is 200:1 for entries of 16,777,216 bytes (16 MiB) or more"),
                e.detail());
    }

    @Test
    void overlappingEntriesBombIsRefused() throws IOException {
        Path file = dir.resolve("overlap.zip");
        RawZip raw = new RawZip(file);
        Entry kernel = Entry.deflatedZeros("kkkk", 10_000);
        long offset = raw.local(kernel);
        for (int i = 0; i < 1000; i++) {
            Entry alias = Entry.deflatedZeros(String.format("%04d", i), 10_000);
            alias.compressedSize = kernel.compressedSize;
            raw.central(alias, offset);
        }
        raw.finish(false);
        FledgeException e = assertOpenProblem(ProblemType.OVERLAPPING_ENTRIES, file);
        assertTrue(e.detail().contains("claim more bytes than the archive holds"), e.detail());
    }

    @Test
    void aSingleOverlapIsFoundEvenWhenTheFileHasRoomForAll() throws IOException {
        Path file = dir.resolve("overlap.zip");
        RawZip raw = new RawZip(file);
        Entry big = Entry.stored("big.bin", sampleBytes(1000, 1));
        raw.add(big).add(Entry.text("b.txt", "b"));
        Entry inside = Entry.stored("inside.bin", Arrays.copyOfRange(sampleBytes(1000, 1), 500, 510));
        raw.central(inside, 500);
        raw.raw(new byte[500]);
        raw.finish(false);
        FledgeException e = assertOpenProblem(ProblemType.OVERLAPPING_ENTRIES, file);
        assertTrue(e.detail().contains("Two entries share the same bytes"), e.detail());
    }

    @Test
    void entryDataRunningIntoTheCentralDirectoryIsRefused() throws IOException {
        assertOpenProblem(ProblemType.OVERLAPPING_ENTRIES,
                zip(Entry.text("a.txt", "a"), Entry.text("b.txt", "b").compressedSize(100_000).size(100_000)));
    }

    // --- entries whose data contradicts the directory

    @Test
    void moreDataThanDeclaredFailsAfterAtMostTheDeclaredSize() throws IOException {
        Path zip = zip(Entry.deflated("tweets.js", sampleBytes(100_000, 1)).size(500));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS);
             InputStream in = archive.open(archive.entry("tweets.js").orElseThrow())) {
            byte[] buffer = new byte[64 * 1024];
            long delivered = 0;
            ArchiveDataException e = null;
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    delivered += n;
                }
            } catch (ArchiveDataException thrown) {
                e = thrown;
            }
            assertTrue(e != null, "the lie must be detected");
            assertEquals(ProblemType.ENTRY_SIZE_MISMATCH, e.problem().type());
            assertTrue(delivered <= 500, "delivered " + delivered);
            assertThrows(ArchiveDataException.class, in::read, "the stream stays failed");
        }
    }

    @Test
    void lessDataThanDeclaredFailsAtTheEnd() throws IOException {
        assertReadProblem(ProblemType.ENTRY_SIZE_MISMATCH,
                zip(Entry.deflated("tweets.js", sampleBytes(1000, 1)).size(2000)), "tweets.js");
    }

    @Test
    void aZip64EntryWithLyingSizesCannotProduceUnboundedOutput() throws IOException {
        Entry liar = Entry.deflatedZeros("tweets.js", 32 * ArchiveLimits.MIB).size(10).zip64();
        Path file = dir.resolve("liar64.zip");
        RawZip raw = new RawZip(file);
        raw.add(Entry.text("a.txt", "a")).add(liar);
        raw.finish(true);
        assertReadProblem(ProblemType.ENTRY_SIZE_MISMATCH, file, "tweets.js");
    }

    @Test
    void compressedDataCutShortIsDetected() throws IOException {
        byte[] content = sampleBytes(10_000, 1);
        Entry cut = Entry.deflated("tweets.js", content);
        cut.data = Arrays.copyOf(cut.data, cut.data.length / 2);
        cut.compressedSize = cut.data.length;
        assertReadProblem(ProblemType.ENTRY_SIZE_MISMATCH, zip(cut), "tweets.js");
    }

    @Test
    void aStoredEntryWithTwoSizesIsRefused() throws IOException {
        assertOpenProblem(ProblemType.ENTRY_SIZE_MISMATCH, zip(Entry.stored("a.bin", new byte[100]).size(50)));
    }

    @Test
    void aWrongCrcIsDetectedAtTheEnd() throws IOException {
        Path deflated = zip(Entry.deflated("tweets.js", sampleBytes(1000, 1)).crc(12345));
        assertReadProblem(ProblemType.BROKEN_ZIP, deflated, "tweets.js");
        Path stored = zip(Entry.stored("tweets.js", sampleBytes(1000, 1)).crc(12345));
        assertReadProblem(ProblemType.BROKEN_ZIP, stored, "tweets.js");
    }

    @Test
    void corruptDeflateDataIsBroken() throws IOException {
        Entry corrupt = Entry.deflated("tweets.js", sampleBytes(1000, 1));
        corrupt.data = new byte[corrupt.data.length];
        Arrays.fill(corrupt.data, (byte) 0xff);
        assertReadProblem(ProblemType.BROKEN_ZIP, zip(corrupt), "tweets.js");
    }

    // --- limits

    @Test
    void uploadLimit() throws IOException {
        Path zip = zip(Entry.stored("a.bin", new byte[300]));
        FledgeException e = assertOpenProblem(ProblemType.UPLOAD_TOO_LARGE, zip,
                limits(300, 10, 1000, 1000, 100, 1000));
        assertTrue(e.detail().contains("limit of 300 bytes"), e.detail());
        assertEquals(413, e.type().status());
        SafeZipArchive.open(zip, limits(Files.size(zip), 10, 1000, 1000, 100, 1000)).close();
    }

    @Test
    void entryCountLimitCountsDirectoriesAndHiddenEntries() throws IOException {
        Path zip = zip(Entry.directory("data/"), Entry.text("data/a.js", "a"), Entry.text("__MACOSX/._a", "m"),
                Entry.text(".DS_Store", "d"));
        FledgeException e = assertOpenProblem(ProblemType.TOO_MANY_ENTRIES, zip, limits(1000, 3, 1000, 1000, 100, 1000));
        assertEquals("The archive has more than 3 entries, the limit.", e.detail());
        try (SafeZipArchive archive = SafeZipArchive.open(zip, limits(1000, 4, 1000, 1000, 100, 1000))) {
            assertEquals(1, archive.entryCount());
        }
    }

    @Test
    void entryCountLimitHoldsWhenTheEndRecordLies() throws IOException {
        byte[] whole = Files.readAllBytes(zip(Entry.text("a", "a"), Entry.text("b", "b"), Entry.text("c", "c"),
                Entry.text("d", "d")));
        putShort(whole, whole.length - 12, 1);
        putShort(whole, whole.length - 14, 1);
        assertOpenProblem(ProblemType.TOO_MANY_ENTRIES, bytes(whole), limits(1000, 3, 1000, 1000, 100, 1000));
    }

    @Test
    void entrySizeLimit() throws IOException {
        ArchiveLimits limits = limits(1_000_000, 10, 1000, 100_000, 1000, 1_000_000);
        FledgeException e = assertOpenProblem(ProblemType.ENTRY_TOO_LARGE,
                zip(Entry.deflated("data/a.js", new byte[1001])), limits);
        assertTrue(e.detail().contains("declares 1,001 bytes"), e.detail());
        assertTrue(e.detail().contains("limit of 1,000 bytes per entry"), e.detail());
        assertEquals("data/a.js", e.location().file());
        SafeZipArchive.open(zip(Entry.deflated("data/a.js", new byte[1000])), limits).close();
    }

    @Test
    void totalUncompressedSizeLimit() throws IOException {
        ArchiveLimits limits = limits(1_000_000, 10, 1000, 1500, 1000, 1_000_000);
        FledgeException e = assertOpenProblem(ProblemType.ARCHIVE_TOO_LARGE_UNCOMPRESSED,
                zip(Entry.deflated("a.bin", new byte[1000]), Entry.deflated("b.bin", new byte[501])), limits);
        assertTrue(e.detail().contains("1,500 bytes (1.5 KiB)"), e.detail());
        SafeZipArchive.open(zip(Entry.deflated("a.bin", new byte[1000]), Entry.deflated("b.bin", new byte[500])),
                limits).close();
    }

    @Test
    void compressionRatioLimitAppliesFromItsMinimumSize() throws IOException {
        ArchiveLimits limits = limits(1_000_000, 10, 100_000, 1_000_000, 10, 1000);
        FledgeException e = assertOpenProblem(ProblemType.COMPRESSION_RATIO,
                zip(Entry.deflated("zeros.bin", new byte[2000])), limits);
        assertTrue(e.detail().contains("the limit is 10:1"), e.detail());
        try (SafeZipArchive archive = SafeZipArchive.open(zip(Entry.deflated("small.bin", new byte[999]),
                Entry.deflated("text.bin", sampleBytes(50_000, 1))), limits)) {
            assertEquals(999, readAll(archive, "small.bin").length);
        }
    }

    private static long directoryStart(byte[] zip) {
        return ByteBuffer.wrap(zip, zip.length - 6, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    private static void putShort(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
    }
}
