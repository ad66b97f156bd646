package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.Like;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client receives when reading the archive again fails after the answer has started (the spool or a ZIP
 * entry turns out broken): the JSON document is cut so that it does not parse; NDJSON keeps every complete record
 * and ends with an {@code error} record holding a problem. The failure is rethrown so that the route can close the
 * connection.
 */
class NormalizedStreamingFailureTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static FakeArchiveDocument failingAtThirdPost() {
        FakeArchiveDocument document = new FakeArchiveDocument();
        for (int i = 0; i < 5; i++) {
            document.posts.add(FakeArchiveDocument.post(Integer.toString(100 + i), T0.plusSeconds(60L * i), "post " + i));
        }
        document.failAtPost = 2;
        document.postFailure = () -> new UncheckedIOException(new IOException("spool file truncated"));
        return document;
    }

    @Test
    void jsonDocumentIsCutAndDoesNotParse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () ->
                new NormalizedWriter(NormalizedOptions.defaults()).write(failingAtThirdPost(), NormalizedFormat.JSON, out));
        assertEquals("spool file truncated", thrown.getCause().getMessage());
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.startsWith("{\"schema\":\"https://fledge.dev/schemas/normalized/v1\""), written);
        assertTrue(written.contains("\"id\":\"101\""), "the posts before the failure were sent: " + written);
        assertFalse(written.contains("\"id\":\"102\""), written);
        assertThrows(JsonProcessingException.class, () -> Conversions.MAPPER.readTree(written),
                "a cut document must not parse");
        assertFalse(written.contains("error"), "the document carries no error marker that could look like data");
    }

    @Test
    void ndjsonEndsWithAnErrorRecordAfterTheCompleteOnes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(UncheckedIOException.class, () ->
                new NormalizedWriter(NormalizedOptions.defaults()).write(failingAtThirdPost(), NormalizedFormat.NDJSON, out));
        byte[] bytes = out.toByteArray();
        NormalizedSchemas.assertValidRecords(bytes);
        List<JsonNode> records = Conversions.lines(bytes);
        assertEquals(List.of("source", "account", "post", "post", "error"),
                records.stream().map(r -> r.get("type").asText()).toList());
        JsonNode problem = records.get(4).get("problem");
        assertEquals(ProblemType.INTERNAL.uri(), problem.get("type").asText());
        assertEquals(500, problem.get("status").asInt());
        assertFalse(problem.toString().contains("spool file truncated"), "exception messages are never sent");
    }

    @Test
    void aKnownProblemKeepsItsTypeAndPlace() {
        FakeArchiveDocument document = new FakeArchiveDocument();
        document.posts.add(FakeArchiveDocument.post("100", T0, "only post"));
        document.likes.add(new Like("7", null, "liked"));
        FledgeException mismatch = new FledgeException(ProblemType.ENTRY_SIZE_MISMATCH,
                "The entry is longer than the ZIP directory says.", FileLocation.of("data/like.js"));
        document.likesFailure = () -> mismatch;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FledgeException thrown = assertThrows(FledgeException.class, () ->
                new NormalizedWriter(NormalizedOptions.defaults()).write(document, NormalizedFormat.NDJSON, out));
        assertSame(mismatch, thrown);
        List<JsonNode> records = Conversions.lines(out.toByteArray());
        assertEquals(List.of("source", "account", "post", "like", "error"),
                records.stream().map(r -> r.get("type").asText()).toList());
        JsonNode problem = records.get(4).get("problem");
        assertEquals(ProblemType.ENTRY_SIZE_MISMATCH.uri(), problem.get("type").asText());
        assertEquals(422, problem.get("status").asInt());
        assertEquals("The entry is longer than the ZIP directory says.", problem.get("detail").asText());
        assertEquals("data/like.js", problem.get("file").asText());
    }

    @Test
    void aFailingClientConnectionIsRethrownAsIs() {
        IOException gone = new IOException("connection reset");
        java.io.OutputStream closed = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw gone;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw gone;
            }
        };
        FakeArchiveDocument document = new FakeArchiveDocument();
        for (int i = 0; i < 2000; i++) { // more than the output buffer holds
            document.posts.add(FakeArchiveDocument.post(Integer.toString(1000 + i), T0.plusSeconds(i), "x".repeat(100)));
        }
        IOException thrown = assertThrows(IOException.class, () ->
                new NormalizedWriter(NormalizedOptions.defaults()).write(document, NormalizedFormat.NDJSON, closed));
        assertSame(gone, thrown);
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharactersOfTheSameLength() throws IOException {
        FakeArchiveDocument document = new FakeArchiveDocument();
        String cut = "RT @a: bird \uD83D"; // X cut the text inside a surrogate pair
        document.posts.add(FakeArchiveDocument.post("100", T0, cut));
        document.posts.add(FakeArchiveDocument.post("101", T0.plusSeconds(1), "\uDC23 lone low, then a pair \uD83D\uDC23"));
        for (NormalizedFormat format : NormalizedFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new NormalizedWriter(NormalizedOptions.defaults()).write(document, format, out);
            List<JsonNode> posts = format == NormalizedFormat.JSON
                    ? List.copyOf(toList(Conversions.tree(out.toByteArray()).get("posts")))
                    : Conversions.lines(out.toByteArray()).stream().filter(r -> r.get("type").asText().equals("post")).toList();
            assertEquals("RT @a: bird \uFFFD", posts.get(0).get("text").asText(), format.name());
            assertEquals(cut.length(), posts.get(0).get("text").asText().length(), "offsets stay valid");
            assertEquals("\uFFFD lone low, then a pair \uD83D\uDC23", posts.get(1).get("text").asText(), format.name());
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
