package dev.fledge.api;

import dev.fledge.archive.SafeZipArchive;
import dev.fledge.xarchive.XArchive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One request's archive after the reading pass: the upload on disk, the opened ZIP, the reader's result and the
 * request's spool folder. {@link #close()} releases and deletes all of it; it is called when the answer is complete,
 * whether it succeeded, failed or the client went away.
 */
public final class OpenedArchive implements AutoCloseable {
    private final UploadedArchive upload;
    private final SafeZipArchive zip;
    private final XArchive document;
    private final Path spoolDir;
    private final long startedNanos;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    OpenedArchive(UploadedArchive upload, SafeZipArchive zip, XArchive document, Path spoolDir, long startedNanos) {
        this.upload = upload;
        this.zip = zip;
        this.document = document;
        this.spoolDir = spoolDir;
        this.startedNanos = startedNanos;
    }

    /** What the reader found; writers read it through {@link dev.fledge.model.ArchiveDocument}. */
    public XArchive document() {
        return document;
    }

    public UploadedArchive upload() {
        return upload;
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Idempotent: the streamed body and the end-of-request hook may both call it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        document.close();
        try {
            zip.close();
        } catch (IOException ignored) {
            // the channel is gone either way; the file is deleted next
        }
        upload.close();
        WorkDir.deleteTree(spoolDir);
    }
}
