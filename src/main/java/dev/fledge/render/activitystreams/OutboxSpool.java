package dev.fledge.render.activitystreams;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.render.activitypub.ActivityJson;
import dev.fledge.render.activitypub.ActorIris;
import dev.fledge.render.activitypub.JsonLdContexts;
import dev.fledge.render.activitypub.JsonOutput;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The outbox's activities, spooled to a temporary file in the order the posts come (oldest first), one compact JSON
 * document per line, with the offset of each line in a {@code long[]} (8 bytes per activity). Once complete, pages
 * are cut newest first: page {@code k} holds the activities {@code (k-1)·size} to {@code k·size-1} counted from the
 * newest, read back by offset and written in reverse, so memory holds one page at a time.
 * {@link #close()} deletes the file.
 */
public final class OutboxSpool implements Closeable {
    private final Path file;
    private final OutputStream out;
    private final JsonGenerator generator;
    private final ActivityJson activities;
    private final ActorIris iris;
    private final int pageSize;
    private long[] offsets = new long[1024];
    private int count;
    private long written;
    private boolean complete;
    private FileChannel reader;

    OutboxSpool(Path tempDir, ActivityJson activities, ActorIris iris, int pageSize) throws IOException {
        this.file = Files.createTempFile(tempDir, "outbox-", ".ndjson");
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16) {
            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                super.write(b, off, len);
                written += len;
            }

            @Override
            public synchronized void write(int b) throws IOException {
                super.write(b);
                written++;
            }
        };
        this.generator = JsonOutput.compact(out);
        this.generator.setRootValueSeparator(null);
        // flush() below only hands the generator's buffer to the buffered stream: no write to the file per activity
        this.generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        this.activities = activities;
        this.iris = iris;
        this.pageSize = pageSize;
    }

    /** Appends the next activity (oldest first). */
    void append(ActivityJson.Item item) throws IOException {
        if (count == Integer.MAX_VALUE - 1) {
            throw new IOException("too many activities for one outbox");
        }
        generator.flush();
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count] = written;
        activities.write(generator, item);
        generator.flush();
        out.write('\n');
        count++;
    }

    /** Ends appending. */
    void complete() throws IOException {
        generator.close();
        out.close();
        offsets[count] = written;
        complete = true;
    }

    /** The number of activities. */
    public int totalItems() {
        return count;
    }

    /** The number of pages (at least 1: an empty outbox has one empty page). */
    public int pages() {
        return Math.max(1, (count + pageSize - 1) / pageSize);
    }

    /** Writes the {@code OrderedCollection} document ({@code outbox.json}). */
    public void writeCollection(JsonGenerator g) throws IOException {
        g.writeStartObject();
        JsonLdContexts.plain(g);
        g.writeStringField("id", iris.outbox());
        g.writeStringField("type", "OrderedCollection");
        g.writeNumberField("totalItems", count);
        g.writeStringField("first", iris.outboxPage(1));
        g.writeStringField("last", iris.outboxPage(pages()));
        g.writeEndObject();
    }

    /** Writes page {@code page} (1-based, newest first) as an {@code OrderedCollectionPage} document. */
    public void writePage(JsonGenerator g, int page) throws IOException {
        if (!complete) {
            throw new IllegalStateException("the spool is not complete");
        }
        if (page < 1 || page > pages()) {
            throw new IllegalArgumentException("no page " + page);
        }
        int newestIndex = (page - 1) * pageSize;
        int highest = count - 1 - newestIndex;              // oldest-first index of the page's newest item
        int lowest = Math.max(0, count - page * pageSize);  // and of its oldest
        g.writeStartObject();
        JsonLdContexts.activityStreamsNotes(g);
        g.writeStringField("id", iris.outboxPage(page));
        g.writeStringField("type", "OrderedCollectionPage");
        g.writeStringField("partOf", iris.outbox());
        g.writeNumberField("startIndex", newestIndex);
        if (page > 1) {
            g.writeStringField("prev", iris.outboxPage(page - 1));
        }
        if (page < pages()) {
            g.writeStringField("next", iris.outboxPage(page + 1));
        }
        g.writeArrayFieldStart("orderedItems");
        if (count > 0) {
            // the page's activities are contiguous in the spool: one read, one decoding, then each in reverse
            long start = offsets[lowest];
            long end = offsets[highest + 1];
            if (end - start > Integer.MAX_VALUE - 16) {
                throw new IOException("outbox page too large");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) (end - start));
            if (reader == null) {
                reader = FileChannel.open(file, StandardOpenOption.READ);
            }
            while (buffer.hasRemaining()) {
                if (reader.read(buffer, start + buffer.position()) < 0) {
                    throw new IOException("outbox spool truncated");
                }
            }
            byte[] bytes = buffer.array();
            for (int i = highest; i >= lowest; i--) {
                int from = (int) (offsets[i] - start);
                int length = (int) (offsets[i + 1] - offsets[i] - 1); // without its newline
                g.writeRawValue(new String(bytes, from, length, StandardCharsets.UTF_8));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        try {
            if (!complete) {
                generator.close();
                out.close();
            }
            if (reader != null) {
                reader.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
