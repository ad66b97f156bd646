package dev.fledge.render.normalized;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed JSON Schemas of the normalized format ({@code openapi/schemas/}), loaded from the files (no network:
 * the documents are registered under their {@code $id}s, so references between them resolve locally), with format
 * assertions on ({@code date-time}, {@code uri}).
 */
public final class NormalizedSchemas {
    public static final Path DIR = Path.of("openapi", "schemas");
    public static final String DOCUMENT_FILE = "normalized-document.schema.json";
    public static final String RECORD_FILE = "normalized-record.schema.json";
    static final String DOCUMENT_ID = NormalizedWriter.SCHEMA_ID + "/document.schema.json";
    static final String RECORD_ID = NormalizedWriter.SCHEMA_ID + "/record.schema.json";

    private static final Schema DOCUMENT;
    private static final Schema RECORD;

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(DOCUMENT_ID, read(DOCUMENT_FILE), RECORD_ID, read(RECORD_FILE)))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        DOCUMENT = registry.getSchema(SchemaLocation.of(DOCUMENT_ID));
        RECORD = registry.getSchema(SchemaLocation.of(RECORD_ID));
    }

    private NormalizedSchemas() {
    }

    public static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Error> documentErrors(String json) {
        return DOCUMENT.validate(json, InputFormat.JSON);
    }

    public static List<Error> recordErrors(String line) {
        return RECORD.validate(line, InputFormat.JSON);
    }

    public static void assertValidDocument(byte[] output) {
        List<Error> errors = documentErrors(new String(output, StandardCharsets.UTF_8));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "document schema");
    }

    /** Every line is a valid record; returns the number of lines. */
    public static int assertValidRecords(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "every record ends with a newline");
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            List<Error> errors = recordErrors(line);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "record schema, line " + lines);
        }
        return lines;
    }
}
