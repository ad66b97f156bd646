package dev.fledge.archive;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload (a raw HTTP body) to a temporary file, refusing it as soon as it grows past the upload limit.
 * The file is created with owner-only permissions where the file system supports them; the caller owns and deletes
 * it. A refused or failed upload leaves no file behind.
 */
public final class UploadSpooler {
    private static final int BUFFER = 256 * 1024;

    private UploadSpooler() {
    }

    /**
     * Writes {@code body} to a new file in {@code directory} and returns its path. Throws a {@link FledgeException}
     * UPLOAD_TOO_LARGE as soon as more than {@code maxUploadBytes} bytes arrive.
     */
    public static Path spool(InputStream body, Path directory, long maxUploadBytes) throws IOException {
        Path file = Files.createTempFile(directory, "upload-", ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            while (true) {
                long room = maxUploadBytes - total;
                int n = body.read(buffer, 0, room >= buffer.length ? buffer.length : (int) room + 1);
                if (n < 0) {
                    return file;
                }
                total += n;
                if (total > maxUploadBytes) {
                    throw new FledgeException(ProblemType.UPLOAD_TOO_LARGE,
                            "The upload is larger than the limit of " + ArchiveProblems.bytes(maxUploadBytes) + ".");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException deleting) {
                e.addSuppressed(deleting);
            }
            throw e;
        }
    }
}
