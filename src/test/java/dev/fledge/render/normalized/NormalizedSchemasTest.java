package dev.fledge.render.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas are strict enough to catch real mistakes (so that "schema-valid" in the other tests means
 * something): each mutation of a valid golden document or record below must be rejected.
 */
class NormalizedSchemasTest {

    private static ObjectNode golden() throws IOException {
        return (ObjectNode) Conversions.tree(Files.readAllBytes(
                Conversions.GOLDEN.resolve("example-archive-with-direct-messages.json")));
    }

    private static void assertRejected(String what, Consumer<ObjectNode> mutation) throws IOException {
        ObjectNode document = golden();
        assertTrue(NormalizedSchemas.documentErrors(document.toString()).isEmpty(), "the golden document is valid");
        mutation.accept(document);
        assertFalse(NormalizedSchemas.documentErrors(document.toString()).isEmpty(), what + " must be rejected");
    }

    private static ObjectNode firstPost(ObjectNode document) {
        return (ObjectNode) document.get("posts").get(0);
    }

    @Test
    void documentMistakesAreRejected() throws IOException {
        assertRejected("another schema version", d -> d.put("schema", "https://fledge.dev/schemas/normalized/v2"));
        assertRejected("an unknown top-level member", d -> d.put("tweets", 1));
        assertRejected("an unknown post member", d -> firstPost(d).put("favoriteCount", 1));
        assertRejected("a numeric id", d -> firstPost(d).put("id", 1830519907921747970L));
        assertRejected("a date with an offset", d -> firstPost(d).put("createdAt", "2024-09-02T10:15:30+02:00"));
        assertRejected("a date that is not a date", d -> firstPost(d).put("createdAt", "2024-13-45T08:15:30Z"));
        assertRejected("an unknown post kind", d -> firstPost(d).put("kind", "tweet"));
        assertRejected("a missing text", d -> firstPost(d).remove("text"));
        assertRejected("a null instead of an absent member", d -> firstPost(d).putNull("language"));
        assertRejected("a negative offset", d -> ((ObjectNode) firstPost(d).get("entities").get("links").get(0))
                .put("start", -1));
        assertRejected("an unknown member in an entity", d -> ((ObjectNode) firstPost(d).get("entities")
                .get("hashtags").get(0)).put("indices", "0,7"));
        assertRejected("an unknown DM event kind", d -> ((ObjectNode) d.get("directMessages").get(0).get("events")
                .get(0)).put("kind", "messageCreate"));
        assertRejected("a message without its sender", d -> ((ObjectNode) d.get("directMessages").get(0).get("events")
                .get(0)).remove("senderId"));
        assertRejected("an unknown kind in the selection", d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.get("source").get("selection").get("kinds")).add("tweets"));
        assertRejected("a missing warnings list", d -> d.remove("warnings"));
    }

    @Test
    void recordMistakesAreRejected() throws IOException {
        String lines = Files.readString(Conversions.GOLDEN.resolve("example-archive.ndjson"));
        String post = lines.lines().filter(l -> l.startsWith("{\"type\":\"post\"")).findFirst().orElseThrow();
        String source = lines.lines().findFirst().orElseThrow();
        assertEquals(0, NormalizedSchemas.recordErrors(post).size());
        assertEquals(0, NormalizedSchemas.recordErrors(source).size());
        assertFalse(NormalizedSchemas.recordErrors(post.replace("\"type\":\"post\"", "\"type\":\"tweet\"")).isEmpty(),
                "an unknown record type");
        assertFalse(NormalizedSchemas.recordErrors(post.replace("\"type\":\"post\"", "\"type\":\"like\"")).isEmpty(),
                "a post labelled as a like");
        assertFalse(NormalizedSchemas.recordErrors(post.replace("{\"type\":\"post\",", "{")).isEmpty(),
                "a record without type");
        assertFalse(NormalizedSchemas.recordErrors(source.replace(",\"schema\":\"https://fledge.dev/schemas/normalized/v1\"",
                "")).isEmpty(), "a source record without schema");
        JsonNode error = Conversions.tree(("{\"type\":\"error\",\"problem\":{\"type\":\"https://fledge.dev/problems/internal\","
                + "\"title\":\"Internal error\",\"status\":500,\"detail\":\"d\"}}").getBytes());
        assertEquals(0, NormalizedSchemas.recordErrors(error.toString()).size());
        assertFalse(NormalizedSchemas.recordErrors("{\"type\":\"error\"}").isEmpty(), "an error without problem");
    }
}
