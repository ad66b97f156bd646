package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.MediaFileInfo;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.zip.CRC32;

/**
 * The ZIP a fediverse writer answers, written straight into a stream ({@link ZipStream}: memory does not grow with
 * the number of entries): JSON documents deflated (written by a {@link JsonGenerator} into the entry), media files
 * stored with the size and CRC-32 the archive's directory declares, so their bytes are copied once, not
 * recompressed (a CRC the archive does not know is computed in a first read). {@link #close()} deletes the
 * temporary files; the underlying stream is never closed.
 */
public final class ZipWriter implements Closeable {

    /** Writes the body of a JSON entry. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private final ZipStream zip;

    /** @param tempDir an existing folder for the central directory spool */
    public ZipWriter(OutputStream out, Instant entryTime, Path tempDir) throws IOException {
        this.zip = new ZipStream(out, entryTime, tempDir);
    }

    /** A deflated JSON entry, compact ({@code pretty} false) or indented. */
    public void json(String name, boolean pretty, JsonBody body) throws IOException {
        begin(name);
        try (JsonGenerator g = pretty ? JsonOutput.pretty(stream()) : JsonOutput.compact(stream())) {
            body.write(g);
        }
        closeEntry();
    }

    /** Begins a deflated entry written by the caller through {@link #stream()}; end it with {@link #closeEntry()}. */
    public void begin(String name) throws IOException {
        zip.beginDeflated(name);
    }

    /** The stream of the current entry (do not close it). */
    public OutputStream stream() {
        return zip.entry();
    }

    public void closeEntry() throws IOException {
        zip.closeEntry();
    }

    /**
     * Copies a media file of the archive into a stored entry.
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
        try (InputStream in = document.openMedia(archivePath)) {
            zip.stored(zipPath, info.size(), crc, in);
        }
    }

    public long entries() {
        return zip.entries();
    }

    /** Writes the central directory; the underlying stream stays open. */
    public void finish() throws IOException {
        zip.finish();
    }

    /** Deletes the temporary files (after {@link #finish()}, or when the answer failed). */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
