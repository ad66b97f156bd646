package dev.fledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.render.normalized.Conversions;
import dev.fledge.render.normalized.NormalizedSchemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The static OpenAPI file {@code src/main/resources/META-INF/openapi.json} (merged by SmallRye with the annotations)
 * is exactly what the committed JSON Schemas ({@code openapi/schemas/}) and the golden output of the example
 * archive make: the schemas {@code NormalizedDocument} and {@code NormalizedRecord}, and the 200 examples (the JSON
 * golden with every list cut to its first element; the first NDJSON record of each type). The schemas are thus
 * written once, in openapi/schemas, and the examples are real output. Regenerate with
 * {@code ./mvnw -o -q test -Dtest=ConvertNormalizedOpenApiFileTest -Dfledge.golden.update=true}.
 */
class ConvertNormalizedOpenApiFileTest {
    static final Path STATIC_FILE = Path.of("src", "main", "resources", "META-INF", "openapi.json");

    @Test
    void staticFileIsMadeFromTheSchemasAndTheGoldenOutput() throws IOException {
        String expected = Conversions.pretty(staticFile());
        if (Conversions.UPDATE_GOLDEN) {
            Files.writeString(STATIC_FILE, expected);
            return;
        }
        assertEquals(expected, Files.readString(STATIC_FILE), STATIC_FILE + " is stale: regenerate it with "
                + "-Dfledge.golden.update=true (see this test's javadoc)");
    }

    @Test
    void examplesAreValidAgainstTheSchemas() throws IOException {
        JsonNode examples = staticFile().get("components").get("examples");
        NormalizedSchemas.assertValidDocument(Conversions.MAPPER.writeValueAsBytes(
                examples.get("NormalizedDocumentExample").get("value")));
        String records = examples.get("NormalizedRecordsExample").get("value").asText();
        int lines = NormalizedSchemas.assertValidRecords(records.getBytes(StandardCharsets.UTF_8));
        assertTrue(lines >= 10, "one record per type of the example archive");
    }

    static ObjectNode staticFile() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode file = nodes.objectNode();
        file.put("openapi", "3.1.0");
        ObjectNode components = file.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("NormalizedDocument", Conversions.tree(NormalizedSchemas.read(NormalizedSchemas.DOCUMENT_FILE)
                .getBytes(StandardCharsets.UTF_8)));
        schemas.set("NormalizedRecord", Conversions.tree(NormalizedSchemas.read(NormalizedSchemas.RECORD_FILE)
                .getBytes(StandardCharsets.UTF_8)));
        ObjectNode examples = components.putObject("examples");
        ObjectNode document = examples.putObject("NormalizedDocumentExample");
        document.put("summary", "examples/example-archive.zip with the default options, every list cut to its "
                + "first element");
        document.set("value", firstOfEachList(Conversions.tree(Files.readAllBytes(
                Conversions.GOLDEN.resolve("example-archive.json")))));
        ObjectNode records = examples.putObject("NormalizedRecordsExample");
        records.put("summary", "examples/example-archive.zip with the default options, the first record of each "
                + "type (one JSON object per line)");
        records.put("value", firstOfEachType(Files.readString(Conversions.GOLDEN.resolve("example-archive.ndjson"))));
        return file;
    }

    private static JsonNode firstOfEachList(JsonNode document) {
        ObjectNode trimmed = document.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = trimmed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue() instanceof ArrayNode list && list.size() > 1) {
                ArrayNode first = JsonNodeFactory.instance.arrayNode();
                first.add(list.get(0));
                member.setValue(first);
            }
        }
        return trimmed;
    }

    private static String firstOfEachType(String ndjson) {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isEmpty() && seen.add(Conversions.tree(line.getBytes(StandardCharsets.UTF_8)).get("type").asText())) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
