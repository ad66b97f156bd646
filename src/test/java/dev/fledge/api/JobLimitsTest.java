package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backpressure with 2 conversions at once and 3 waiting: the sixth gets a 503 service-busy problem with Retry-After;
 * 20 concurrent conversions (synchronous and jobs) each succeed or get a 503, and leave nothing in the work directory.
 */
@QuarkusTest
@TestProfile(JobLimitsTest.TwoAtOnce.class)
class JobLimitsTest {
    static final Path WORK = JobTesting.workDir("fledge-limits-test-");

    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.work-dir", WORK.toString(),
                    "fledge.jobs.max-concurrent", "2",
                    "fledge.jobs.queue-size", "3",
                    "fledge.jobs.retry-after", "7s",
                    "quarkus.http.test-port", "0",
                    "quarkus.test.rest-assured.enable-logging-on-failure", "false");
        }
    }

    @Inject
    ConversionGate gate;

    /**
     * Five job uploads that never finish hold the 2 running and 3 waiting places (a job is admitted before its
     * upload is stored), whatever the machine's speed: the sixth request is refused.
     */
    @Test
    void pastRunningAndQueuedIsServiceBusy() throws Exception {
        byte[] head = JobTesting.example();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Socket socket = new Socket("localhost", io.restassured.RestAssured.port);
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/jobs?target=normalized HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/zip\r\nContent-Length: " + (head.length * 10) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(head, 0, 1000);
                out.flush();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (gate.admitted() < 5) {
                assertTrue(System.nanoTime() < deadline, "the stalled uploads were not admitted: " + gate.admitted());
                JobTesting.sleep(50);
            }
            given().multiPart("archive", "a.zip", JobTesting.example(), "application/zip").multiPart("target", "normalized")
                    .post("/api/v1/jobs").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "7").body("type", equalTo("https://fledge.dev/problems/service-busy"));
            given().contentType("application/zip").body(JobTesting.example()).post("/api/v1/inspect")
                    .then().statusCode(503).header("Retry-After", "7");
        } finally {
            for (Socket socket : stalled) {
                socket.close(); // the clients go away: their uploads end, their places are given back
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (gate.admitted() > 0) {
            assertTrue(System.nanoTime() < deadline, "places not given back: " + gate.admitted());
            JobTesting.sleep(50);
        }
        JobTesting.awaitNoLeftovers(WORK, Duration.ofSeconds(30));
        // the places are free again
        given().contentType("application/zip").body(JobTesting.example()).post("/api/v1/inspect").then().statusCode(200);
    }

    @Test
    void twentyConcurrentConversionsSucceedOrAreBusyAndLeaveNothing() throws Exception {
        byte[] archive = JobTesting.example();
        int clients = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            boolean asJob = i % 2 == 0;
            outcomes.add(pool.submit(() -> {
                start.await();
                if (!asJob) {
                    Response answer = given().multiPart("archive", "a.zip", archive, "application/zip")
                            .post("/api/v1/convert/mastodon-archive");
                    if (answer.statusCode() == 503) {
                        assertNotNull(answer.header("Retry-After"));
                        return "busy";
                    }
                    assertEquals(200, answer.statusCode(), answer.asString());
                    assertTrue(answer.asByteArray().length > 1000);
                    return "ok";
                }
                Response created = given().multiPart("archive", "a.zip", archive, "application/zip")
                        .multiPart("target", "mastodon-archive").post("/api/v1/jobs");
                if (created.statusCode() == 503) {
                    assertNotNull(created.header("Retry-After"));
                    return "busy";
                }
                assertEquals(202, created.statusCode(), created.asString());
                String id = created.jsonPath().getString("id");
                var job = JobTesting.awaitJob(id, JobTesting::finished, Duration.ofSeconds(120));
                assertEquals("succeeded", job.getString("status"), job.prettify());
                given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200);
                given().delete("/api/v1/jobs/" + id).then().statusCode(204);
                return "ok";
            }));
        }
        start.countDown();
        int ok = 0;
        int busy = 0;
        for (Future<String> outcome : outcomes) {
            if (outcome.get().equals("ok")) {
                ok++;
            } else {
                busy++;
            }
        }
        pool.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("Concurrency test: %d clients, %d succeeded, %d got 503, %d ms%n", clients, ok, busy, millis);
        assertEquals(clients, ok + busy);
        assertTrue(ok >= 5, "at least running + queued conversions succeed");
        JobTesting.awaitNoLeftovers(WORK, Duration.ofSeconds(30));
    }
}
