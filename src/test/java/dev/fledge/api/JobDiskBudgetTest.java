package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A temporary-disk budget of 1600 KB: an upload declaring more is a 507 before it is stored, a chunked upload that
 * grows past it is a 507 and its partial file is deleted, and a job whose result grows past it fails with
 * insufficient-storage and leaves no files.
 */
@QuarkusTest
@TestProfile(JobDiskBudgetTest.TinyBudget.class)
class JobDiskBudgetTest {
    static final Path WORK = JobTesting.workDir("fledge-budget-test-");

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.work-dir", WORK.toString(),
                    "fledge.limits.temp-disk-budget", "1600K",
                    "quarkus.http.test-port", "0",
                    "quarkus.test.rest-assured.enable-logging-on-failure", "false");
        }
    }

    @Test
    void declaredUploadOverTheBudget() {
        byte[] big = new byte[3 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        given().contentType("application/zip").body(big).post("/api/v1/convert/normalized")
                .then().statusCode(507).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/insufficient-storage"));
        given().multiPart("archive", "a.zip", big, "application/zip").multiPart("target", "normalized")
                .post("/api/v1/jobs").then().statusCode(507);
        JobTesting.awaitNoLeftovers(WORK, Duration.ofSeconds(10));
    }

    @Test
    void chunkedUploadGrowingPastTheBudget() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        JobTesting.uri("/api/v1/inspect")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(507, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("insufficient-storage"), answer.body());
        JobTesting.awaitNoLeftovers(WORK, Duration.ofSeconds(10));
    }

    @Test
    void jobResultGrowingPastTheBudget() throws Exception {
        // the upload (about 1.2 MB) fits; with it, its Mastodon archive (about 0.5 MB) does not
        byte[] archive = java.nio.file.Files.readAllBytes(JobTesting.synthetic(2_000));
        assertTrue(archive.length < 1400 * 1024 && archive.length > 1100 * 1024, "size " + archive.length);
        String id = given().multiPart("archive", "a.zip", archive, "application/zip")
                .multiPart("target", "mastodon-archive")
                .post("/api/v1/jobs").then().statusCode(202).extract().jsonPath().getString("id");
        JsonPath job = JobTesting.awaitJob(id, JobTesting::finished, Duration.ofSeconds(60));
        given().delete("/api/v1/jobs/" + id).then().statusCode(204);
        assertEquals("failed", job.getString("status"), job.prettify());
        assertEquals("https://fledge.dev/problems/insufficient-storage", job.getString("error.type"));
        assertEquals(507, job.getInt("error.status"));
        JobTesting.awaitNoLeftovers(WORK, Duration.ofSeconds(10));
        // the budget is free again: a small synchronous conversion works
        given().contentType("application/zip").body(JobTesting.example()).post("/api/v1/inspect").then().statusCode(200);
    }
}
