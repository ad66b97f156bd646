package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.fledge.api.NormalizedTarget;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads an archive and converts it to the normalized JSON document (every kind, direct messages included) while a
 * second thread parses the output as it streams (Jackson streaming: well-formed, posts counted, oldest first).
 * Run in its own JVM with a small heap by {@link NormalizedScaleTest}; prints the times and the peak heap, and
 * {@code OK}, or exits non-zero. Arguments: archive path, spool directory, expected number of posts.
 */
public final class NormalizedScaleRun {

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.out);
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        Path spool = Path.of(args[1]);
        long expectedPosts = Long.parseLong(args[2]);
        NormalizedOptions options = NormalizedOptions.of(List.of("directMessages"), List.of(), null, null);

        PipedInputStream pipeIn = new PipedInputStream(1 << 20);
        PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
        AtomicReference<Object> parsed = new AtomicReference<>();
        Thread checker = new Thread(() -> {
            try {
                parsed.set(check(pipeIn));
            } catch (Exception | Error e) {
                parsed.set(e);
                try {
                    pipeIn.close();
                } catch (IOException ignored) {
                    // the writer fails next and reports
                }
            }
        }, "output-checker");
        checker.setDaemon(true); // a failing writer must not leave the JVM waiting for it
        checker.start();

        long start = System.nanoTime();
        long readSeconds;
        NormalizedCounts counts;
        CountingOutputStream out = new CountingOutputStream(pipeOut);
        try (SafeZipArchive content = SafeZipArchive.open(zip, ArchiveLimits.defaults());
             XArchive document = new XArchiveReader().read(content,
                     new ReadOptions(false, spool, NormalizedTarget.readData(options)))) {
            readSeconds = (System.nanoTime() - start) / 1_000_000_000L;
            counts = new NormalizedWriter(options).write(document, NormalizedFormat.JSON, out);
        }
        pipeOut.close();
        checker.join();
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        Object result = parsed.get();
        if (!(result instanceof Long postsSeen)) {
            System.out.println("FAILED: output check: " + result);
            System.exit(2);
            return;
        }
        if (counts.posts() != expectedPosts || postsSeen != expectedPosts) {
            System.out.println("FAILED: expected " + expectedPosts + " posts, wrote " + counts.posts() + ", parsed "
                    + postsSeen);
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "posts=%d likes=%d followers=%d conversations=%d read pass=%ds "
                        + "read+write=%.1fs output=%.0f MB peakHeap=%.1f MB maxHeap=%.0f MB%n",
                counts.posts(), counts.likes(), counts.followers(), counts.conversations(), readSeconds, totalSeconds,
                out.count / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("OK");
    }

    /** Parses the document as it streams; returns the number of posts after checking they are oldest first. */
    private static long check(InputStream in) throws IOException {
        long posts = 0;
        String previous = "";
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!member.equals("posts")) {
                    parser.skipChildren();
                    continue;
                }
                expect(value, JsonToken.START_ARRAY);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        if (field.equals("createdAt")) {
                            String at = parser.getText();
                            // RFC 3339 UTC with optional fraction: compare as instants when the seconds are equal
                            if (java.time.Instant.parse(at).isBefore(previous.isEmpty() ? java.time.Instant.MIN
                                    : java.time.Instant.parse(previous))) {
                                throw new IllegalStateException("posts out of order at post " + posts);
                            }
                            previous = at;
                        } else {
                            parser.skipChildren();
                        }
                    }
                    posts++;
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalStateException("content after the document");
            }
        }
        return posts;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but found " + actual);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
