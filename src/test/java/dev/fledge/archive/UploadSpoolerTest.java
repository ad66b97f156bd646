package dev.fledge.archive;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.fledge.archive.ZipTesting.assertProblem;
import static dev.fledge.archive.ZipTesting.sampleBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadSpoolerTest {
    @TempDir
    Path dir;

    /** An endless body that counts what was read from it. */
    private static final class EndlessBody extends InputStream {
        long delivered;

        @Override
        public int read() {
            delivered++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            delivered += len;
            return len;
        }
    }

    private long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void copiesAnUploadUpToTheLimit() throws IOException {
        byte[] body = sampleBytes(3 * 1024 * 1024 + 17, 1);
        Path file = UploadSpooler.spool(new ByteArrayInputStream(body), dir, body.length);
        assertEquals(dir, file.getParent());
        assertArrayEquals(body, Files.readAllBytes(file));
        Path empty = UploadSpooler.spool(InputStream.nullInputStream(), dir, 10);
        assertEquals(0, Files.size(empty));
    }

    @Test
    void refusesAsSoonAsTheLimitIsPassedAndDeletesThePartialFile() throws IOException {
        EndlessBody body = new EndlessBody();
        FledgeException e = assertProblem(ProblemType.UPLOAD_TOO_LARGE,
                () -> UploadSpooler.spool(body, dir, 5 * ArchiveLimits.MIB));
        assertTrue(e.detail().contains("5,242,880 bytes (5 MiB)"), e.detail());
        assertTrue(body.delivered <= 5 * ArchiveLimits.MIB + 1, "read " + body.delivered);
        assertEquals(0, filesIn(dir));

        assertProblem(ProblemType.UPLOAD_TOO_LARGE,
                () -> UploadSpooler.spool(new ByteArrayInputStream(new byte[101]), dir, 100));
        assertEquals(0, filesIn(dir));
    }

    @Test
    void aFailingBodyLeavesNoFile() throws IOException {
        IOException broken = new IOException("connection reset");
        InputStream body = new InputStream() {
            int calls;

            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (calls++ < 3) {
                    return len;
                }
                throw broken;
            }
        };
        assertSame(broken, assertThrows(IOException.class, () -> UploadSpooler.spool(body, dir, Long.MAX_VALUE)));
        assertEquals(0, filesIn(dir));
    }
}
