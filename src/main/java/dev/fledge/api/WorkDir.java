package dev.fledge.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The work directory's layout: {@code uploads/} (raw bodies we spool), {@code multipart/} (parts the HTTP layer
 * spools), {@code spool/} (per-request reader spools), {@code jobs/<id>/} (a job's upload, then its result). Each
 * request and job deletes its own files; at startup, whatever a crash or a restart left in these four folders is
 * deleted (jobs do not survive a restart). Only these folders are touched, never the rest of
 * {@code fledge.work-dir}, so pointing it at a shared folder is safe.
 */
@ApplicationScoped
public class WorkDir {
    private static final Logger LOG = Logger.getLogger(WorkDir.class);
    static final List<String> OWN_FOLDERS = List.of("uploads", "multipart", "spool", "jobs");

    private final FledgeConfig config;

    public WorkDir(FledgeConfig config) {
        this.config = config;
    }

    void sweepLeftovers(@Observes StartupEvent event) {
        int deleted = 0;
        for (String folder : OWN_FOLDERS) {
            deleted += deleteContents(config.workDir().resolve(folder));
        }
        if (deleted > 0) {
            LOG.infof("Deleted %d leftover temporary files from an earlier run", deleted);
        }
    }

    public Path root() {
        return config.workDir();
    }

    /** Where jobs keep their files, one folder per job. */
    public Path jobsDir() {
        return config.workDir().resolve("jobs");
    }

    /** A new, empty spool folder for one request; the caller deletes it with {@link #deleteTree(Path)}. */
    public Path newSpoolDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(config.workDir().resolve("spool")), "req-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a spool folder", e);
        }
    }

    /** Deletes a folder and everything in it; never throws. */
    public static void deleteTree(Path dir) {
        if (dir != null && Files.exists(dir)) {
            deleteContents(dir);
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // swept at next startup
            }
        }
    }

    private static int deleteContents(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int[] count = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    count[0]++;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (!d.equals(dir)) {
                        Files.deleteIfExists(d);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warnf("Could not clean %s: %s", dir, e.getClass().getSimpleName());
        }
        return count[0];
    }
}
