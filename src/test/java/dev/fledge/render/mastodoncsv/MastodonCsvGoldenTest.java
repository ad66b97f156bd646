package dev.fledge.render.mastodoncsv;

import dev.fledge.testkit.ExampleArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the export of the example archive (examples/example-archive.zip, built by {@link ExampleArchive})
 * with a small account map, byte for byte, against {@code src/test/resources/golden/mastodon-csv/<case>/}.
 *
 * <p>The cases: {@code example-map} (src/test/resources/mastodon-csv/example-account-map.csv: rows by id and by
 * screen name, list columns, a screen name the archive never mentions, and one account given two addresses, which
 * is unresolved as {@code invalid_mapping}: a syntactically valid map that contradicts itself is not a 400, since
 * only the archive shows the contradiction) and {@code example-bridge} (a one-row map, a bridge domain and
 * non-default flags).
 *
 * <p>After an intended change, regenerate and review the diff:
 * {@code ./mvnw -o -q test -Dtest=MastodonCsvGoldenTest -Dfledge.golden.update=true}.
 */
class MastodonCsvGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "mastodon-csv");
    static final boolean UPDATE = Boolean.getBoolean("fledge.golden.update");

    @TempDir
    Path dir;

    @Test
    void exampleArchiveWithAnAccountMap() throws IOException {
        check("example-map", "example-account-map.csv", MastodonCsvOptions.defaults());
    }

    @Test
    void exampleArchiveWithABridgeAndFlags() throws IOException {
        check("example-bridge", "example-bridge-map.csv", MastodonCsvOptions.defaults()
                .withBridgeDomain("bird.example").withFlags(false, true, List.of("en", "de"), false));
    }

    private void check(String name, String mapResource, MastodonCsvOptions options) throws IOException {
        Map<String, byte[]> zip;
        try (OpenedTestArchive archive = OpenedTestArchive.of(ExampleArchive.build(), dir);
             InputStream map = getClass().getResourceAsStream("/mastodon-csv/" + mapResource)) {
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(),
                    AccountMap.read(map, AccountMap.Limits.defaults()), options);
            zip = ExportOutput.zip(export);
        }
        ExportOutput.checkAll(zip);
        Path folder = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
                Files.write(folder.resolve(entry.getKey()), entry.getValue());
            }
        }
        assertTrue(Files.isDirectory(folder), folder + " is missing; run with -Dfledge.golden.update=true");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()), new TreeSet<>(zip.keySet()),
                    "the files of " + name);
        }
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            assertEquals(Files.readString(folder.resolve(entry.getKey())), ExportOutput.text(entry.getValue()),
                    name + "/" + entry.getKey() + " changed; if intended, run with -Dfledge.golden.update=true");
        }
    }
}
