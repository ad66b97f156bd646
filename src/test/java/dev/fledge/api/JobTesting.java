package dev.fledge.api;

import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.SyntheticArchiveGenerator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Helpers of the jobs and limits tests: archives, work directories, polling. */
final class JobTesting {
    static final List<String> TEMP_FOLDERS = List.of("uploads", "multipart", "spool", "jobs");

    private JobTesting() {
    }

    static byte[] example() {
        try {
            return Files.readAllBytes(ExampleArchive.PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A synthetic archive big enough that converting it takes a while (cached per size in target/). */
    static Path synthetic(int posts) {
        Path zip = Path.of("target", "jobs-test-" + posts + ".zip");
        if (!Files.exists(zip)) {
            try {
                Path partial = Files.createTempFile(Path.of("target"), "jobs-test-", ".zip");
                new SyntheticArchiveGenerator(posts, 7).writeTo(partial);
                Files.move(partial, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return zip;
    }

    static Path workDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files (not folders) left in the work directory's temporary folders. */
    static List<Path> leftovers(Path workDir) {
        List<Path> files = new ArrayList<>();
        for (String folder : TEMP_FOLDERS) {
            Path dir = workDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(path -> !path.equals(dir)).forEach(files::add);
                } catch (IOException e) {
                    // a file vanished while walking: look again next time
                    files.add(dir);
                }
            }
        }
        return files;
    }

    /** Waits until the temporary folders are empty; fails naming what is left. */
    static void awaitNoLeftovers(Path workDir, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Path> left = leftovers(workDir);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            left = leftovers(workDir);
        }
        if (!left.isEmpty()) {
            fail("left in the work directory: " + left);
        }
    }

    static JsonPath job(String id) {
        return given().get("/api/v1/jobs/" + id).then().extract().jsonPath();
    }

    /** Polls the job until {@code until} holds for it. */
    static JsonPath awaitJob(String id, Predicate<JsonPath> until, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath job = job(id);
        while (!until.test(job)) {
            if (System.nanoTime() > deadline) {
                fail("job " + id + " is still " + job.prettify());
            }
            sleep(100);
            job = job(id);
        }
        return job;
    }

    static boolean finished(JsonPath job) {
        String status = job.getString("status");
        return status != null && !status.equals("queued") && !status.equals("running");
    }

    static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
