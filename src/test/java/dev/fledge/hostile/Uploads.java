package dev.fledge.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.archive.RawZip;
import dev.fledge.testkit.ExampleArchive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the uploads of the hostile corpus: the example archive with files replaced, removed or added
 * ({@link ZipOutputStream}, streaming, for content that is large but honest), byte-level ZIPs that lie
 * ({@link RawZip}), and data-file texts broken in one precise way.
 */
final class Uploads {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> EXAMPLE = readExample();

    /** Writes content into an open ZIP entry. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }

        static Content of(String text) {
            return of(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Uploads() {
    }

    /** The example archive's files (path to bytes, in ZIP order); the map is a fresh copy. */
    static Map<String, byte[]> example() {
        return new LinkedHashMap<>(EXAMPLE);
    }

    static byte[] exampleFile(String path) {
        byte[] bytes = EXAMPLE.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("the example archive has no " + path);
        }
        return bytes.clone();
    }

    /** The example's files as contents, to edit and pass to {@link #zip}. */
    static Map<String, Content> exampleContents() {
        Map<String, Content> contents = new LinkedHashMap<>();
        EXAMPLE.forEach((path, bytes) -> contents.put(path, Content.of(bytes)));
        return contents;
    }

    /** Writes a deflated ZIP (level 1: the corpus is generated on every run) of {@code files}, streaming. */
    static void zip(Path file, Map<String, Content> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, Content> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                e.getValue().writeTo(zip);
                zip.closeEntry();
            }
        }
    }

    /** Writes a ZIP field by field: {@code files} deflated honestly, then {@code extra} as they are. */
    static void raw(Path file, Map<String, byte[]> files, List<RawZip.Entry> extra, boolean zip64) throws IOException {
        RawZip zip = new RawZip(file);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            zip.add(RawZip.Entry.deflated(e.getKey(), e.getValue()));
        }
        for (RawZip.Entry entry : extra) {
            zip.add(entry);
        }
        zip.finish(zip64);
    }

    /** Deflated data with its true size and CRC-32, to become one or more (possibly lying) entries. */
    record Deflated(byte[] compressed, long size, long crc) {
        /** A deflated entry of this data, with its true sizes; callers may make it lie with {@code size(...)}. */
        RawZip.Entry entry(String name) {
            return RawZip.Entry.stored(name, compressed).method(8).size(size).crc(crc);
        }
    }

    /** Compresses {@code content} at {@code level} while it is produced; only the compressed bytes are kept. */
    static Deflated deflate(int level, Content content) throws IOException {
        Deflater deflater = new Deflater(level, true);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long[] size = new long[1];
        byte[] buffer = new byte[1 << 16];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                crc.update(b, off, len);
                size[0] += len;
                deflater.setInput(b, off, len);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
        };
        content.writeTo(sink);
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new Deflated(compressed.toByteArray(), size[0], crc.getValue());
    }

    /** A deflated entry (fastest level: the corpus is generated on every run) with its true sizes. */
    static RawZip.Entry deflatedEntry(String name, Content content) throws IOException {
        return deflate(Deflater.BEST_SPEED, content).entry(name);
    }

    // ------------------------------------------------------------------------------------------ data-file texts

    /** The assignment before the JSON of a data file ({@code window.YTD.like.part0}) and the JSON value. */
    record DataFile(String prefix, JsonNode value) {
        static DataFile parse(byte[] file) {
            String text = new String(file, StandardCharsets.UTF_8);
            int equals = text.indexOf('=');
            try {
                return new DataFile(text.substring(0, equals).strip(), JSON.readTree(text.substring(equals + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] render() {
            try {
                return (prefix + " = " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Wrong types in every field: for every row and every node in it (object fields and array elements at any depth,
     * the row key included) one copy of the row per wrong value, with that node replaced; then the file's own rows.
     * The broken copies come first because readers of one-row files (account.js, profile.js) keep the first valid
     * row and skip the others unread.
     */
    static byte[] everyFieldWrong(byte[] file, List<JsonNode> wrongValues) {
        DataFile data = DataFile.parse(file);
        ArrayNode rows = (ArrayNode) data.value();
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode row : rows) {
            for (JsonPointer path : paths(row, JsonPointer.empty())) {
                for (JsonNode wrong : wrongValues) {
                    out.add(replaced(row, path, wrong));
                }
            }
        }
        out.addAll(rows);
        return new DataFile(data.prefix(), out).render();
    }

    /** Every node below {@code node} (not {@code node} itself), parents before children. */
    static List<JsonPointer> paths(JsonNode node, JsonPointer at) {
        List<JsonPointer> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                JsonPointer child = at.appendProperty(field.getKey());
                paths.add(child);
                paths.addAll(paths(field.getValue(), child));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                paths.add(child);
                paths.addAll(paths(node.get(i), child));
            }
        }
        return paths;
    }

    /** A copy of {@code root} with the node at {@code path} replaced by {@code value}. */
    static JsonNode replaced(JsonNode root, JsonPointer path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy.at(path.head());
        JsonPointer last = path.last();
        if (parent instanceof ObjectNode object) {
            object.set(last.getMatchingProperty(), value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            array.set(last.getMatchingIndex(), value.deepCopy());
        }
        return copy;
    }

    /** Inserts {@code bytes} right after the first occurrence of {@code marker} in {@code file}. */
    static byte[] insertAfter(byte[] file, String marker, byte[] bytes) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("marker not found: " + marker);
        }
        at += marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + bytes.length);
        out.write(file, 0, at);
        out.writeBytes(bytes);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** {@code n} copies of {@code text}. */
    static String repeat(String text, int n) {
        return String.join("", Collections.nCopies(n, text));
    }

    private static Map<String, byte[]> readExample() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ExampleArchive.build().toBytes()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(files);
    }
}
