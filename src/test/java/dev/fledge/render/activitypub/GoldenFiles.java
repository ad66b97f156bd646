package dev.fledge.render.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files of a converted ZIP under {@code src/test/resources/golden/<target>/}: every JSON entry pretty-printed
 * (key order kept, so any change of content or order shows), {@code report.json} with its {@code convertedAt}
 * replaced by {@code <converted-at>} (the only value not taken from the archive), and {@code entries.txt} listing
 * every entry with its method, size and CRC-32. Run with {@code -Dfledge.golden.update=true} to rewrite them after an
 * intended change, then review the diff.
 */
public final class GoldenFiles {
    public static final String UPDATE_PROPERTY = "fledge.golden.update";

    private GoldenFiles() {
    }

    public static void check(ConvertedZip zip, String target) {
        Path folder = Path.of("src", "test", "resources", "golden", target);
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        List<String> expectedFiles = new ArrayList<>();
        StringBuilder entries = new StringBuilder();
        for (String name : zip.names()) {
            ConvertedZip.Entry entry = zip.entry(name);
            entries.append(name).append(' ').append(entry.stored() ? "stored" : "deflated");
            if (!name.endsWith(".json")) {
                entries.append(' ').append(entry.bytes().length).append(' ')
                        .append(String.format(Locale.ROOT, "%08x", entry.crc()));
            }
            entries.append('\n');
            if (name.endsWith(".json")) {
                String golden = name.replace('/', '_');
                expectedFiles.add(golden);
                compare(folder.resolve(golden), normalized(zip, name), update);
            }
        }
        compare(folder.resolve("entries.txt"), entries.toString(), update);
        if (!update) {
            try (var files = Files.list(folder)) {
                List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .sorted().toList();
                assertEquals(expectedFiles.stream().sorted().toList(), present, "golden JSON files of " + target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String normalized(ConvertedZip zip, String name) {
        JsonNode json = zip.json(name);
        if (name.equals("report.json")) {
            ((ObjectNode) json).put("convertedAt", "<converted-at>");
        }
        try {
            return ConvertedZip.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(Path file, String actual, boolean update) {
        try {
            if (update) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), file + " is missing; run with -D" + UPDATE_PROPERTY + "=true to create it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file + " differs (if the change is "
                    + "intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
