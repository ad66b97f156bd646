package dev.fledge.api;

import dev.fledge.archive.CountingInputStream;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary-disk budget of the work directory. With {@code fledge.limits.temp-disk-budget} set, Fledge's own
 * large files (stored uploads, job results) may take at most that many bytes together; without it, they may grow
 * until the work directory's disk has only {@code fledge.limits.temp-disk-margin} left. An upload or job that would
 * not fit is refused with a 507 {@code insufficient-storage} problem: before a byte is stored when the request
 * declares its length, else as soon as it grows past the budget (its partial file is then deleted by its owner).
 */
@ApplicationScoped
public class DiskBudget {
    private static final long CHECK_EVERY = 1024 * 1024;

    private final FledgeConfig config;
    private final AtomicLong used = new AtomicLong();

    public DiskBudget(FledgeConfig config) {
        this.config = config;
    }

    /** Bytes that may still be stored now. */
    public long available() {
        if (config.limits().tempDiskBudget().isPresent()) {
            return config.limits().tempDiskBudget().get().asLongValue() - used.get();
        }
        return freeOnDisk() - config.limits().tempDiskMargin().asLongValue();
    }

    private long freeOnDisk() {
        Path dir = config.workDir();
        try {
            Files.createDirectories(dir);
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // the work directory health check reports an unusable folder
        }
    }

    /** Refuses (507) a request that declares {@code bytes} when they would not fit. */
    public void checkDeclared(long bytes) {
        if (bytes > available()) {
            throw refused("The upload declares " + bytes + " bytes");
        }
    }

    static FledgeException refused(String what) {
        return new FledgeException(ProblemType.INSUFFICIENT_STORAGE, what + "; this server's temporary disk budget "
                + "cannot hold it now (fledge.limits.temp-disk-budget). Try a smaller archive or try again later.");
    }

    /** Starts counting the bytes of one file against the budget. */
    public Charge charge(String what) {
        return new Charge(what);
    }

    /** The bytes of one stored file. {@link #close()} (when the file is deleted) gives them back. */
    public final class Charge implements AutoCloseable {
        private final String what;
        private final AtomicBoolean closed = new AtomicBoolean();
        private long charged;
        private long sinceCheck;

        private Charge(String what) {
            this.what = what;
        }

        /** Counts {@code bytes} more; throws 507 when the budget is exceeded. */
        public synchronized void add(long bytes) {
            if (bytes <= 0 || closed.get()) {
                return;
            }
            charged += bytes;
            used.addAndGet(bytes);
            sinceCheck += bytes;
            boolean fixed = config.limits().tempDiskBudget().isPresent();
            if (fixed ? available() < 0 : sinceCheck >= CHECK_EVERY && available() < 0) {
                throw refused(what + " grew past " + charged + " bytes");
            }
            if (sinceCheck >= CHECK_EVERY) {
                sinceCheck = 0;
            }
        }

        public synchronized long bytes() {
            return charged;
        }

        @Override
        public synchronized void close() {
            if (closed.compareAndSet(false, true)) {
                used.addAndGet(-charged);
            }
        }

        /** {@code in}, counting every byte read against this charge. */
        public InputStream counting(InputStream in) {
            return new CountingInputStream(in, this::add);
        }

        /** {@code out}, counting every byte written against this charge. */
        public OutputStream counting(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    add(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] buffer, int offset, int length) throws IOException {
                    add(length);
                    out.write(buffer, offset, length);
                }
            };
        }
    }
}
