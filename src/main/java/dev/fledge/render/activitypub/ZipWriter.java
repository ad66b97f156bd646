package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.MediaFileInfo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written straight into a stream: JSON documents compressed (written by a {@link JsonGenerator} into the
 * entry), media files {@code STORED} with the size and CRC-32 the archive's directory declares (so their bytes are
 * copied once, not recompressed; a CRC the archive does not know is computed in a first read). The underlying stream
 * is not closed.
 */
public final class ZipWriter {

    /** Writes the body of a JSON entry. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private final ZipOutputStream zip;
    private final long entryTime;
    private long entries;

    public ZipWriter(OutputStream out, Instant entryTime) {
        this.zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
        this.entryTime = entryTime.toEpochMilli();
    }

    /** A compressed JSON entry, compact ({@code pretty} false) or indented. */
    public void json(String name, boolean pretty, JsonBody body) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(entryTime);
        zip.putNextEntry(entry);
        try (JsonGenerator g = pretty ? JsonOutput.pretty(zip) : JsonOutput.compact(zip)) {
            body.write(g);
        }
        zip.closeEntry();
        entries++;
    }

    /** Begins a compressed entry written by the caller through {@link #stream()}; end it with {@link #closeEntry()}. */
    public void begin(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(entryTime);
        zip.putNextEntry(entry);
    }

    /** The stream of the current entry (do not close it). */
    public OutputStream stream() {
        return zip;
    }

    public void closeEntry() throws IOException {
        zip.closeEntry();
        entries++;
    }

    /**
     * Copies a media file of the archive into a {@code STORED} entry.
     *
     * @throws NoSuchElementException when the archive has no such file
     */
    public void copyStored(ArchiveDocument document, String archivePath, String zipPath) throws IOException {
        MediaFileInfo info = document.mediaFile(archivePath)
                .orElseThrow(() -> new NoSuchElementException("no such media file in the archive"));
        long crc = info.crc32();
        if (crc < 0) {
            CRC32 computed = new CRC32();
            try (InputStream in = document.openMedia(archivePath)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    computed.update(buffer, 0, n);
                }
            }
            crc = computed.getValue();
        }
        ZipEntry entry = new ZipEntry(zipPath);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(info.size());
        entry.setCompressedSize(info.size());
        entry.setCrc(crc);
        entry.setTime(entryTime);
        zip.putNextEntry(entry);
        try (InputStream in = document.openMedia(archivePath)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
        entries++;
    }

    public long entries() {
        return entries;
    }

    /** Writes the central directory; the underlying stream stays open. */
    public void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
