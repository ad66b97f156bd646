package dev.fledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.normalized.Conversions;
import dev.fledge.render.normalized.NormalizedSchemas;
import dev.fledge.testkit.ExampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** POST /api/v1/convert/normalized over HTTP: both formats, both upload forms, option and Accept problems. */
@QuarkusTest
class ConvertNormalizedResourceTest {
    private static final String PATH = "/api/v1/convert/normalized";
    private static byte[] example;

    @BeforeAll
    static void buildExample() {
        example = ExampleArchive.build().toBytes();
    }

    @Test
    void multipartUploadAnswersTheJsonDocumentByDefault() {
        byte[] body = given().multiPart("archive", "archive.zip", example, "application/zip")
                .when().post(PATH)
                .then().statusCode(200).header("Content-Type", startsWith("application/json"))
                .extract().asByteArray();
        NormalizedSchemas.assertValidDocument(body);
        JsonNode document = Conversions.tree(body);
        assertEquals(12, document.get("posts").size());
        assertNull(document.get("directMessages"), "direct messages only when asked for");
    }

    @Test
    void rawBodyWithNdjsonAcceptAnswersRecordsThatMatchTheDocument() {
        byte[] ndjson = given().contentType("application/zip").body(example).accept("application/x-ndjson")
                .queryParam("include", "directMessages")
                .when().post(PATH)
                .then().statusCode(200).header("Content-Type", startsWith("application/x-ndjson"))
                .extract().asByteArray();
        NormalizedSchemas.assertValidRecords(ndjson);
        byte[] json = given().contentType("application/zip").body(example).accept("application/json")
                .queryParam("include", "directMessages")
                .when().post(PATH)
                .then().statusCode(200).extract().asByteArray();
        List<JsonNode> records = Conversions.lines(ndjson);
        assertEquals(2, records.stream().filter(r -> r.get("type").asText().equals("directMessageConversation")).count());
        assertEquals(Conversions.tree(json).get("posts").size(),
                records.stream().filter(r -> r.get("type").asText().equals("post")).count());
        assertEquals(new String(ndjson, StandardCharsets.UTF_8), new String(ndjson, StandardCharsets.UTF_8).strip() + "\n");
    }

    @Test
    void anAcceptThatAllowsNeitherFormatIsA406Problem() {
        given().contentType("application/zip").body(example).accept("text/csv")
                .when().post(PATH)
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/not-acceptable"));
    }

    private static ValidatableResponse badOption(String query) {
        return given().contentType("application/zip").body(example).accept("application/x-ndjson")
                .when().post(PATH + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/invalid-option"));
    }

    @Test
    void eachBadOptionIsA400NamingIt() {
        badOption("include=dms").body("option", equalTo("include")).body("detail", containsString("directMessages"));
        badOption("exclude=photos").body("option", equalTo("exclude"));
        badOption("since=yesterday").body("option", equalTo("since"));
        badOption("until=2024-13-01").body("option", equalTo("until"));
        badOption("since=2024-06-01&until=2024-05-01").body("option", equalTo("until"));
        badOption("strict=maybe").body("option", equalTo("strict"));
        badOption("pretty=true").body("option", equalTo("pretty"));
        badOption("since=2024-01-01&since=2024-02-01").body("option", equalTo("since"));
    }

    @Test
    void aFieldAndAQueryParameterThatDisagreeAreA400() {
        given().multiPart("archive", "archive.zip", example, "application/zip").multiPart("include", "likes")
                .queryParam("include", "lists")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("option", equalTo("include"));
        byte[] agreeing = given().multiPart("archive", "archive.zip", example, "application/zip")
                .multiPart("include", "directMessages").multiPart("exclude", "media")
                .when().post(PATH)
                .then().statusCode(200).extract().asByteArray();
        JsonNode document = Conversions.tree(agreeing);
        assertEquals(2, document.get("directMessages").size(), "options as form fields");
        assertNull(document.get("media"));
    }

    @Test
    void strictProblemsAreAnsweredBeforeTheFirstByte() {
        byte[] broken = ExampleArchive.build().withInvalidJsonAtLine("data/like.js", 3).toBytes();
        given().contentType("application/zip").body(broken).accept("application/x-ndjson")
                .queryParam("strict", "true")
                .when().post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/invalid-data-file"))
                .body("file", equalTo("data/like.js")).body("line", equalTo(3));
        byte[] lenient = given().contentType("application/zip").body(broken)
                .when().post(PATH)
                .then().statusCode(200).extract().asByteArray();
        NormalizedSchemas.assertValidDocument(lenient);
        JsonNode warnings = Conversions.tree(lenient).get("warnings");
        assertEquals("data/like.js", warnings.get(0).get("file").asText());
    }

    /**
     * What a client sees when the body fails after it started (ArchiveRequests.stream turns the failure into an
     * IOException, as for a broken archive entry): the chunked transfer is not completed, so HTTP clients report an
     * error instead of a complete answer.
     */
    @Test
    void aFailureAfterTheFirstByteEndsTheTransferAbnormally() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port + FailingStream.PATH)).GET().build();
        IOException thrown = assertThrows(IOException.class,
                () -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        assertFalse(thrown.getMessage() == null && thrown.getCause() == null, thrown.toString());
        given().when().get("/api/v1").then().statusCode(200); // the server goes on serving
    }

    /** A test-only route whose streamed body fails after writing some bytes, as a broken re-read would. */
    @Path(FailingStream.PATH)
    public static class FailingStream {
        static final String PATH = "/test-only/failing-stream";

        @GET
        @Produces("application/x-ndjson")
        @Operation(hidden = true)
        public StreamingOutput body() {
            return out -> {
                out.write("{\"type\":\"source\"}\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("answer aborted");
            };
        }
    }
}
