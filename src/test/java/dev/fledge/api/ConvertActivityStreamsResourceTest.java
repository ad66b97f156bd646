package dev.fledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.testkit.ExampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/convert/activitystreams: the ZIP, single documents as application/activity+json, problems. */
@QuarkusTest
class ConvertActivityStreamsResourceTest {
    private static Path example;

    @BeforeAll
    static void writeExample() throws IOException {
        Path dir = Files.createTempDirectory("fledge-as2-route");
        dir.toFile().deleteOnExit();
        example = dir.resolve("example.zip");
        ExampleArchive.build().writeTo(example);
        example.toFile().deleteOnExit();
    }

    @Test
    @DisplayName("the ZIP: actor, paged outbox, collections, media, report; a download name that is no twitter*.zip")
    void zip() {
        Response response = given().multiPart("archive", example.toFile(), "application/zip")
                .queryParam("pageSize", "4").queryParam("mediaBaseUrl", "https://files.example/media/")
                .when().post("/api/v1/convert/activitystreams")
                .then().statusCode(200).contentType("application/zip").extract().response();
        assertTrue(response.header("Content-Disposition")
                .matches("attachment; filename=\"activitystreams-\\d{14}-[0-9a-f]{32}\\.zip\""));
        ConvertedZip zip = ConvertedZip.of(response.asByteArray(), "route");
        assertEquals(10, zip.json("outbox.json").get("totalItems").asInt());
        assertEquals("https://x.com/fledgeexample/outbox?page=3", zip.json("outbox.json").get("last").asText());
        assertTrue(zip.has("outbox/page-3.json") && !zip.has("outbox/page-4.json"));
        assertEquals("https://files.example/media/avatar.jpg", zip.json("actor.json").get("icon").get("url").asText());
        assertTrue(zip.has("media/avatar.jpg") && zip.has("liked.json") && zip.has("report.json"));
    }

    @Test
    @DisplayName("document=outbox&page=N answers that page as application/activity+json")
    void onePage() {
        JsonNode page = json(given().multiPart("archive", example.toFile(), "application/zip")
                .queryParam("document", "outbox").queryParam("page", "2").queryParam("pageSize", "4")
                .when().post("/api/v1/convert/activitystreams")
                .then().statusCode(200).contentType("application/activity+json").extract().asByteArray());
        assertEquals("https://x.com/fledgeexample/outbox?page=2", page.get("id").asText());
        assertEquals(4, page.get("startIndex").asInt());
        assertEquals(4, page.get("orderedItems").size());
    }

    @Test
    @DisplayName("document=outbox, actor, liked, following, followers answer the one document")
    void otherDocuments() {
        JsonNode outbox = document("outbox");
        assertEquals("OrderedCollection", outbox.get("type").asText());
        assertEquals(10, outbox.get("totalItems").asInt());
        assertEquals("Person", document("actor").get("type").asText());
        assertEquals(3, document("liked").get("totalItems").asInt());
        assertEquals(4, document("following").get("totalItems").asInt());
        assertEquals("https://x.com/i/user/1402338812651216897", document("followers").get("orderedItems").get(0).asText());
    }

    @Test
    @DisplayName("a page the outbox does not have, or page without document=outbox, is a 400 naming 'page'")
    void badPage() {
        given().contentType("application/zip").body(example.toFile())
                .queryParam("document", "outbox").queryParam("page", "3")
                .when().post("/api/v1/convert/activitystreams")
                .then().statusCode(400).contentType("application/problem+json")
                .body("option", equalTo("page")).body("detail", containsString("1 page(s)"));
        given().contentType("application/zip").body(example.toFile()).queryParam("page", "1")
                .when().post("/api/v1/convert/activitystreams")
                .then().statusCode(400).body("option", equalTo("page"));
        for (String[] option : new String[][]{{"document", "inbox"}, {"pageSize", "0"}, {"pageSize", "1001"},
                {"mediaBaseUrl", "ftp://files.example"}, {"include", "lists"}}) {
            given().contentType("application/zip").body(example.toFile()).queryParam(option[0], option[1])
                    .when().post("/api/v1/convert/activitystreams")
                    .then().statusCode(400).body("option", equalTo(option[0]));
        }
    }

    private static JsonNode document(String name) {
        return json(given().contentType("application/zip").body(example.toFile()).queryParam("document", name)
                .when().post("/api/v1/convert/activitystreams")
                .then().statusCode(200).contentType("application/activity+json").extract().asByteArray());
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return ConvertedZip.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
