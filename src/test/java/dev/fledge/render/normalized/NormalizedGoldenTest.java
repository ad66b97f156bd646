package dev.fledge.render.normalized;

import dev.fledge.testkit.ExampleArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The normalized output of the example archive ({@code examples/example-archive.zip}, rebuilt by
 * {@link ExampleArchive}) is exactly the committed golden files in {@code src/test/resources/golden/normalized/}:
 * any change of the format shows up here. JSON goldens are stored pretty-printed (the comparison pretty-prints the
 * output the same way, so member order, values and types all count); the NDJSON golden is byte-for-byte.
 *
 * <p>After an intended change, regenerate and review the diff:
 * {@code ./mvnw -o -q test -Dtest=NormalizedGoldenTest -Dfledge.golden.update=true}
 */
class NormalizedGoldenTest {
    private static Path zip;

    @BeforeAll
    static void writeExample(@org.junit.jupiter.api.io.TempDir Path dir) {
        zip = dir.resolve("example-archive.zip");
        ExampleArchive.build().writeTo(zip);
    }

    @Test
    void defaultJsonDocument() throws IOException {
        byte[] json = Conversions.convert(zip, NormalizedOptions.defaults(), NormalizedFormat.JSON);
        NormalizedSchemas.assertValidDocument(json);
        check("example-archive.json", Conversions.pretty(Conversions.tree(json)));
    }

    @Test
    void defaultNdjsonRecords() throws IOException {
        byte[] ndjson = Conversions.convert(zip, NormalizedOptions.defaults(), NormalizedFormat.NDJSON);
        NormalizedSchemas.assertValidRecords(ndjson);
        check("example-archive.ndjson", new String(ndjson, StandardCharsets.UTF_8));
    }

    @Test
    void everythingWithDirectMessages() throws IOException {
        NormalizedOptions all = NormalizedOptions.of(List.of("directMessages"), List.of(), null, null);
        byte[] json = Conversions.convert(zip, all, NormalizedFormat.JSON);
        NormalizedSchemas.assertValidDocument(json);
        check("example-archive-with-direct-messages.json", Conversions.pretty(Conversions.tree(json)));
    }

    private static void check(String name, String actual) throws IOException {
        Path file = Conversions.GOLDEN.resolve(name);
        if (Conversions.UPDATE_GOLDEN) {
            Files.createDirectories(Conversions.GOLDEN);
            Files.writeString(file, actual);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing: run with -Dfledge.golden.update=true and commit it");
        assertEquals(Files.readString(file), actual, file + " differs from the output. If the change is intended, "
                + "regenerate with -Dfledge.golden.update=true and review the diff.");
    }
}
