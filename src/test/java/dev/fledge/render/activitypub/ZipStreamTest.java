package dev.fledge.render.activitypub;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The streaming ZIP writer: java.util.zip reads what it writes, ZIP64 included; its spool file goes away. */
class ZipStreamTest {
    private static final Instant TIME = Instant.parse("2024-10-01T09:00:04Z");

    @Test
    @DisplayName("deflated and stored entries, UTF-8 names, empty entries: ZipFile and ZipInputStream read them back")
    void roundTrip(@TempDir Path dir) throws IOException {
        Path zipFile = dir.resolve("out.zip");
        byte[] photo = new byte[200_000];
        new java.util.Random(3).nextBytes(photo);
        byte[] json = "{\"a\":\"ünïcødé 🐣\"}".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(zipFile); ZipStream zip = new ZipStream(file, TIME, dir)) {
            zip.beginDeflated("outbox.json");
            zip.entry().write(json);
            zip.closeEntry();
            zip.stored("media/1/Zoë 🐣.jpg", photo.length, crc(photo), new ByteArrayInputStream(photo));
            zip.beginDeflated("empty.json");
            zip.closeEntry();
            zip.stored("empty.bin", 0, 0, new ByteArrayInputStream(new byte[0]));
            zip.finish();
            assertEquals(4, zip.entries());
        }
        assertEquals(List.of(zipFile.getFileName()), listNames(dir), "the central directory spool is deleted");
        try (ZipFile read = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            assertArrayEquals(json, read.getInputStream(read.getEntry("outbox.json")).readAllBytes());
            ZipEntry media = read.getEntry("media/1/Zoë 🐣.jpg");
            assertEquals(ZipEntry.STORED, media.getMethod());
            assertEquals(photo.length, media.getSize());
            assertArrayEquals(photo, read.getInputStream(media).readAllBytes());
            assertEquals(ZipEntry.DEFLATED, read.getEntry("outbox.json").getMethod());
            assertEquals(0, read.getInputStream(read.getEntry("empty.json")).readAllBytes().length);
            assertEquals(TIME, read.getEntry("outbox.json").getLastModifiedTime().toInstant()
                    .atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC));
        }
        List<String> streamed = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                in.readAllBytes();
                streamed.add(e.getName());
            }
        }
        assertEquals(List.of("outbox.json", "media/1/Zoë 🐣.jpg", "empty.json", "empty.bin"), streamed);
    }

    @Test
    @DisplayName("70,000 entries: ZIP64 end records, every entry readable")
    void manyEntries(@TempDir Path dir) throws IOException {
        Path zipFile = dir.resolve("many.zip");
        int count = 70_000;
        try (OutputStream file = Files.newOutputStream(zipFile); ZipStream zip = new ZipStream(file, TIME, dir)) {
            for (int i = 0; i < count; i++) {
                byte[] bytes = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
                zip.stored("media/" + i + ".jpg", bytes.length, crc(bytes), new ByteArrayInputStream(bytes));
            }
            zip.beginDeflated("outbox.json");
            zip.entry().write("{}".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.finish();
        }
        try (ZipFile read = new ZipFile(zipFile.toFile())) {
            assertEquals(count + 1, read.size());
            assertEquals("69999", new String(read.getInputStream(read.getEntry("media/69999.jpg")).readAllBytes(),
                    StandardCharsets.US_ASCII));
            assertEquals("{}", new String(read.getInputStream(read.getEntry("outbox.json")).readAllBytes(),
                    StandardCharsets.US_ASCII));
        }
        int streamed = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile))) {
            while (in.getNextEntry() != null) {
                streamed++;
            }
        }
        assertEquals(count + 1, streamed);
    }

    @Test
    @DisplayName("a stored file that does not match its declared size or CRC-32 is an IOException")
    void mismatch(@TempDir Path dir) throws IOException {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        try (ZipStream zip = new ZipStream(new ByteArrayOutputStream(), TIME, dir)) {
            assertThrows(IOException.class, () -> zip.stored("a", 3, crc(bytes) ^ 1, new ByteArrayInputStream(bytes)));
        }
        try (ZipStream zip = new ZipStream(new ByteArrayOutputStream(), TIME, dir)) {
            assertThrows(IOException.class, () -> zip.stored("b", 2, crc(bytes), new ByteArrayInputStream(bytes)));
        }
        try (ZipStream zip = new ZipStream(new ByteArrayOutputStream(), TIME, dir)) {
            assertThrows(IOException.class, () -> zip.stored("c", 4, crc(bytes), new ByteArrayInputStream(bytes)));
        }
        assertEquals(List.of(), listNames(dir));
    }

    @Test
    @DisplayName("an entry and offsets past 4 GiB (ZIP64 sizes and offsets); big test: -Dfledge.bigtests=true")
    void pastFourGigabytes(@TempDir Path dir) throws IOException {
        assumeTrue(Boolean.getBoolean("fledge.bigtests"), "big test: run with -Dfledge.bigtests=true");
        long size = (1L << 32) + 1_000;
        Path zipFile = dir.resolve("big.zip");
        try (OutputStream file = Files.newOutputStream(zipFile); ZipStream zip = new ZipStream(file, TIME, dir)) {
            zip.stored("big.bin", size, zeroCrc(size), new Zeros(size));
            zip.beginDeflated("after.json");
            zip.entry().write("{\"after\":true}".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.finish();
        }
        try (ZipFile read = new ZipFile(zipFile.toFile())) {
            assertEquals(size, read.getEntry("big.bin").getSize());
            assertEquals("{\"after\":true}", new String(read.getInputStream(read.getEntry("after.json")).readAllBytes(),
                    StandardCharsets.US_ASCII));
        } finally {
            Files.deleteIfExists(zipFile);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static long zeroCrc(long size) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 20];
        for (long left = size; left > 0; left -= buffer.length) {
            crc.update(buffer, 0, (int) Math.min(buffer.length, left));
        }
        return crc.getValue();
    }

    private static List<Path> listNames(Path dir) throws IOException {
        List<Path> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
                names.add(it.next().getFileName());
            }
        }
        return names;
    }

    /** {@code size} zero bytes. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
