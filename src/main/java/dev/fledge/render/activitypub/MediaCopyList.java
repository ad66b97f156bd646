package dev.fledge.render.activitypub;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The media files an export must copy (archive path → path in the output ZIP), spooled to a temporary file while
 * the outbox is written, because a ZIP entry (the outbox) cannot be interrupted by others (the media). Memory does
 * not grow with the number of files; {@link #close()} deletes the file.
 */
public final class MediaCopyList implements Closeable {

    /** Receives one file to copy. */
    @FunctionalInterface
    public interface Copier {
        void copy(String archivePath, String zipPath) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;
    private long size;
    private boolean finished;

    public MediaCopyList(Path tempDir) throws IOException {
        this.file = Files.createTempFile(tempDir, "media-", ".list");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    public void add(String archivePath, String zipPath) throws IOException {
        if (finished) {
            throw new IllegalStateException("the list was already read");
        }
        out.writeUTF(archivePath);
        out.writeUTF(zipPath);
        size++;
    }

    public long size() {
        return size;
    }

    /** Calls {@code copier} for every file, in the order added. Ends adding. */
    public void forEach(Copier copier) throws IOException {
        if (!finished) {
            out.close();
            finished = true;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (long i = 0; i < size; i++) {
                String archivePath;
                String zipPath;
                try {
                    archivePath = in.readUTF();
                    zipPath = in.readUTF();
                } catch (EOFException e) {
                    throw new IOException("media list truncated", e);
                }
                copier.copy(archivePath, zipPath);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                out.close();
                finished = true;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
