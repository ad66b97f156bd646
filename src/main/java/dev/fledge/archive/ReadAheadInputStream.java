package dev.fledge.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a stream ahead on another thread, so that inflating a large entry (the producer) and parsing it (the
 * consumer) use two cores instead of taking turns on one: the reading pass of a big archive then costs about the
 * larger of the two instead of their sum. At most {@value #DEPTH} chunks of {@value #CHUNK} bytes wait between the
 * two threads (~1 MiB per stream), so memory stays bounded whatever the entry size.
 *
 * <p>Failures of the source (an {@link ArchiveDataException} such as a CRC mismatch, any {@link IOException}, or a
 * runtime exception, e.g. a progress listener of the source stopping a cancelled job) reach the consumer as the same
 * exception object, at the point of the stream where they happened. {@link #close} stops
 * the producer and closes the source on the producer's thread (the source is never used by two threads at once).
 */
public final class ReadAheadInputStream extends InputStream {
    /** Entries smaller than this are read directly: a thread hand-off would cost more than it saves. */
    public static final long MIN_SIZE = 1L << 20;
    static final int CHUNK = 64 * 1024;
    static final int DEPTH = 16;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService PRODUCERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fledge-read-ahead-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final Chunk END = new Chunk(new byte[0], 0, null);

    /** A piece of the stream, or (failure set) how the source failed. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(DEPTH);
    private final Future<?> producer;
    private final byte[] single = new byte[1];
    private volatile boolean closed;
    private Chunk current;
    private int position;
    private boolean finished;

    private ReadAheadInputStream(InputStream source) {
        this.producer = PRODUCERS.submit(() -> produce(source));
    }

    /** {@code source} read ahead when {@code size} is at least {@link #MIN_SIZE}, else {@code source} itself. */
    public static InputStream wrap(InputStream source, long size) {
        return size >= MIN_SIZE ? new ReadAheadInputStream(source) : source;
    }

    private void produce(InputStream source) {
        try (source) {
            while (!closed) {
                byte[] bytes = new byte[CHUNK];
                int length = source.readNBytes(bytes, 0, CHUNK);
                if (length > 0 && !hand(new Chunk(bytes, length, null))) {
                    return;
                }
                if (length < CHUNK) {
                    hand(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            hand(new Chunk(null, 0, e));
        }
    }

    /** Queues a chunk, waiting while the queue is full; false when the consumer closed the stream meanwhile. */
    private boolean hand(Chunk chunk) {
        try {
            while (!closed) {
                if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(single, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (len == 0) {
            return 0;
        }
        if (current == null || position == current.length) {
            if (finished) {
                return -1;
            }
            Chunk next = take();
            if (next.failure != null) {
                finished = true;
                current = null;
                rethrow(next.failure);
            }
            if (next == END) {
                finished = true;
                current = null;
                return -1;
            }
            current = next;
            position = 0;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current.bytes, position, b, off, n);
        position += n;
        return n;
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private Chunk take() throws IOException {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for archive data");
        }
    }

    @Override
    public int available() {
        return current == null ? 0 : current.length - position;
    }

    /** Stops the producer and waits until it has closed the source. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        chunks.clear();
        try {
            producer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the producer reports its failures through the queue
        } finally {
            chunks.clear();
        }
    }
}
