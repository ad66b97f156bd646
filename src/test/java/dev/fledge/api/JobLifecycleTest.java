package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static dev.fledge.api.JobTesting.awaitJob;
import static dev.fledge.api.JobTesting.awaitNoLeftovers;
import static dev.fledge.api.JobTesting.finished;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job lifecycle with short lifetimes: create (202 + Location), progress, summary, result (and 409/410/404),
 * expiry then forgetting, cancel, failure, the event stream's order, and client aborts mid-upload and mid-download
 * leaving no files.
 */
@QuarkusTest
@TestProfile(JobLifecycleTest.ShortLives.class)
class JobLifecycleTest {
    static final Path WORK = JobTesting.workDir("fledge-jobs-test-");

    public static class ShortLives implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.work-dir", WORK.toString(),
                    "fledge.jobs.result-ttl", "3s",
                    "fledge.jobs.record-ttl", "3s",
                    "quarkus.http.test-port", "0",
                    "quarkus.test.rest-assured.enable-logging-on-failure", "false");
        }
    }

    private static String create(String target, byte[] archive) {
        Response answer = given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("target", target).post("/api/v1/jobs");
        answer.then().statusCode(202).contentType("application/json")
                .header("Location", matchesPattern("/api/v1/jobs/[0-9a-f]{32}"))
                .body("id", matchesPattern("[0-9a-f]{32}")).body("target", equalTo(target))
                .body("createdAt", org.hamcrest.Matchers.notNullValue());
        String id = answer.jsonPath().getString("id");
        assertEquals("/api/v1/jobs/" + id, answer.header("Location"));
        return id;
    }

    @Test
    void succeedsIsDownloadedExpiresAndIsForgotten() throws Exception {
        String id = create("mastodon-archive", JobTesting.example());
        JsonPath job = awaitJob(id, JobTesting::finished, Duration.ofSeconds(60));
        assertEquals("succeeded", job.getString("status"), job.prettify());
        assertEquals("writing", job.getString("progress.phase"));
        assertEquals(100, job.getInt("progress.percent"));
        assertEquals(job.getLong("progress.total"), job.getLong("progress.done"));
        assertEquals("fledgeexample", job.getString("summary.account.screenName"));
        assertTrue(job.getLong("summary.counts.posts") > 0);
        assertNotNull(job.getList("warnings"));
        assertEquals("/api/v1/jobs/" + id + "/result", job.getString("links.result"));
        assertNotNull(job.getString("expiresAt"));
        String fileName = job.getString("result.fileName");
        assertTrue(fileName.matches("archive-\\d{14}-[0-9a-f]{32}\\.zip"), fileName);

        for (int download = 0; download < 2; download++) { // more than once until it expires
            Response result = given().get("/api/v1/jobs/" + id + "/result");
            result.then().statusCode(200).contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            byte[] zip = result.asByteArray();
            assertEquals(job.getLong("result.size"), zip.length);
            List<String> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
            assertTrue(entries.contains("outbox.json"), entries.toString());
        }
        assertTrue(Files.exists(WORK.resolve("jobs").resolve(id).resolve("result")));

        JsonPath expired = awaitJob(id, j -> "expired".equals(j.getString("status")), Duration.ofSeconds(10));
        assertFalse(expired.getMap("links").containsKey("result"));
        // the record keeps no archive content once the files are gone: no summary (account, counts), no warnings
        assertFalse(expired.getMap("").containsKey("summary"), expired.prettify());
        assertFalse(expired.getMap("").containsKey("warnings"), expired.prettify());
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("https://fledge.dev/problems/job-gone"));
        assertFalse(Files.exists(WORK.resolve("jobs").resolve(id)));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().get("/api/v1/jobs/" + id).statusCode() != 404) {
            assertTrue(System.nanoTime() < deadline, "the record should be forgotten after record-ttl");
            JobTesting.sleep(200);
        }
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(404)
                .body("type", equalTo("https://fledge.dev/problems/not-found"));
    }

    @Test
    void eventsComeInOrderEachCarryingTheJob() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        JobTesting.uri("/api/v1/jobs?target=normalized&include=likes")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JobTesting.example())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, created.statusCode(), created.body());
        String id = io.restassured.path.json.JsonPath.from(created.body()).getString("id");

        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                JobTesting.uri("/api/v1/jobs/" + id + "/events")).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> names = new ArrayList<>();
        List<JsonPath> jobs = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) { // ends after the terminal event
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    names.add(name);
                    jobs.add(JsonPath.from(line.substring(5).strip()));
                }
            }
        }
        assertFalse(names.isEmpty());
        assertEquals("succeeded", names.get(names.size() - 1), names.toString());
        for (JsonPath job : jobs) {
            assertEquals(id, job.getString("id"));
        }
        // joined late, the stream may start with the finished state only; else progress, then summary, then the end
        if (names.size() > 1) {
            assertEquals("progress", names.get(0), names.toString());
            int summary = names.indexOf("summary");
            assertTrue(summary > 0, names.toString());
            assertTrue(names.subList(0, summary).stream().allMatch("progress"::equals), names.toString());
            assertNotNull(jobs.get(summary).getString("summary.generation"));
        }
        JsonPath last = jobs.get(jobs.size() - 1);
        assertEquals("succeeded", last.getString("status"));
        assertEquals("normalized.json", last.getString("result.fileName"));
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"normalized.json\"")
                .body("schema", equalTo("https://fledge.dev/schemas/normalized/v1"));
    }

    @Test
    void cancelStopsTheConversionAndDeletesItsFiles() {
        byte[] big = readAll(JobTesting.synthetic(20_000));
        String id = create("activitystreams", big);
        int early = given().get("/api/v1/jobs/" + id + "/result").statusCode();
        JsonPath now = JobTesting.job(id);
        if (!finished(now)) {
            assertEquals(409, early);
        }
        given().delete("/api/v1/jobs/" + id).then().statusCode(204);
        JsonPath cancelled = JobTesting.job(id);
        assertEquals("cancelled", cancelled.getString("status"), cancelled.prettify());
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(410)
                .body("type", equalTo("https://fledge.dev/problems/job-gone"));
        given().delete("/api/v1/jobs/" + id).then().statusCode(204);
        awaitNoLeftovers(WORK, Duration.ofSeconds(30));
        JsonPath afterCancel = JobTesting.job(id);
        assertEquals("cancelled", afterCancel.getString("status"));
        assertFalse(afterCancel.getMap("").containsKey("summary"), afterCancel.prettify());
    }

    @Test
    void aFailedJobKeepsItsProblemAndHasNoResult() {
        byte[] notAZip = "this is not a zip".getBytes(StandardCharsets.UTF_8);
        String id = create("normalized", notAZip);
        JsonPath job = awaitJob(id, JobTesting::finished, Duration.ofSeconds(30));
        assertEquals("failed", job.getString("status"));
        assertEquals("https://fledge.dev/problems/not-a-zip", job.getString("error.type"));
        assertFalse(job.getMap("").containsKey("summary"));
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(409)
                .body("type", equalTo("https://fledge.dev/problems/job-not-finished"));
        awaitNoLeftovers(WORK, Duration.ofSeconds(10));
    }

    @Test
    void unknownJobsAndBadRequests() {
        String unknown = "0123456789abcdef0123456789abcdef";
        for (String path : List.of("", "/result", "/events")) {
            given().get("/api/v1/jobs/" + unknown + path).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("https://fledge.dev/problems/not-found"));
        }
        given().delete("/api/v1/jobs/" + unknown).then().statusCode(404);
        given().multiPart("archive", "a.zip", JobTesting.example(), "application/zip").multiPart("target", "pdf")
                .post("/api/v1/jobs").then().statusCode(400).body("option", equalTo("target"));
        given().multiPart("archive", "a.zip", JobTesting.example(), "application/zip")
                .post("/api/v1/jobs").then().statusCode(400).body("option", equalTo("target"));
        given().multiPart("archive", "a.zip", JobTesting.example(), "application/zip").multiPart("target", "mastodon-csv")
                .multiPart("only", "everything").post("/api/v1/jobs").then().statusCode(400).body("option", equalTo("only"));
        awaitNoLeftovers(WORK, Duration.ofSeconds(10));
    }

    @Test
    void clientGoneMidUploadLeavesNoFiles() throws Exception {
        for (String path : List.of("/api/v1/convert/normalized", "/api/v1/jobs?target=normalized")) {
            try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/zip\r\n"
                        + "Content-Length: 4000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(JobTesting.example());
                out.write(new byte[200_000]);
                out.flush();
                JobTesting.sleep(500);
            } // closed with 3.7 MB still to come
        }
        awaitNoLeftovers(WORK, Duration.ofSeconds(20));
    }

    @Test
    void clientGoneMidDownloadStopsTheConversionAndLeavesNoFiles() throws Exception {
        byte[] big = readAll(JobTesting.synthetic(20_000));
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setReceiveBufferSize(4096);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/convert/normalized?include=likes HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/zip\r\nContent-Length: " + big.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(big);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(4096);
            assertTrue(new String(start, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
        } // closed after 4 KB of a many-MB answer
        awaitNoLeftovers(WORK, Duration.ofSeconds(60));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
