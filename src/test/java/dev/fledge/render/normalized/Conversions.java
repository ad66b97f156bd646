package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.api.NormalizedTarget;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Runs archives through the reader and the normalized writer, as the REST route does, and reads the output. */
public final class Conversions {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Where the golden files of the normalized format are, from the project root. */
    public static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "normalized");
    /** Set {@code -Dfledge.golden.update=true} to rewrite golden files instead of comparing. */
    public static final boolean UPDATE_GOLDEN = Boolean.getBoolean("fledge.golden.update");

    private Conversions() {
    }

    static byte[] convert(XArchiveBuilder archive, NormalizedOptions options, NormalizedFormat format) {
        Path dir = tempDir();
        try {
            Path zip = dir.resolve("archive.zip");
            archive.writeTo(zip);
            return convert(zip, options, format);
        } finally {
            delete(dir);
        }
    }

    static byte[] convert(Path zip, NormalizedOptions options, NormalizedFormat format) {
        Path spool = tempDir();
        try (SafeZipArchive content = SafeZipArchive.open(zip, ArchiveLimits.defaults());
             XArchive document = new XArchiveReader().read(content, new ReadOptions(false, spool, NormalizedTarget.readData(options)))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new NormalizedWriter(options).write(document, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(spool);
        }
    }

    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> lines(byte[] ndjson) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                records.add(tree(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return records;
    }

    /** Document members in output order, with the NDJSON record type of their elements (or of themselves). */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"source", "source"}, new String[] {"account", "account"}, new String[] {"profile", "profile"},
            new String[] {"posts", "post"}, new String[] {"likes", "like"}, new String[] {"followers", "follower"},
            new String[] {"following", "following"}, new String[] {"blocks", "block"}, new String[] {"mutes", "mute"},
            new String[] {"lists", "list"}, new String[] {"directMessages", "directMessageConversation"},
            new String[] {"media", "media"}, new String[] {"warnings", "warning"});

    /**
     * The records of a JSON document as the NDJSON answer must carry them: in order, each with its {@code type}
     * first, the source record with the document's {@code schema}.
     */
    static List<JsonNode> recordsOf(JsonNode document) {
        List<JsonNode> records = new ArrayList<>();
        for (String[] section : SECTIONS) {
            JsonNode value = document.get(section[0]);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(item -> records.add(record(section[1], item, null)));
            } else {
                records.add(record(section[1], value, section[0].equals("source") ? document.get("schema") : null));
            }
        }
        return records;
    }

    private static JsonNode record(String type, JsonNode fields, JsonNode schema) {
        com.fasterxml.jackson.databind.node.ObjectNode record = MAPPER.createObjectNode();
        record.put("type", type);
        if (schema != null) {
            record.set("schema", schema);
        }
        record.setAll((com.fasterxml.jackson.databind.node.ObjectNode) fields);
        return record;
    }

    /** Two-space indented JSON, {@code "name": value}, ending with a newline: the form of JSON golden files. */
    public static String pretty(JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("fledge-normalized-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
