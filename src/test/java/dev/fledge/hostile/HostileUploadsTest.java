package dev.fledge.hostile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends every case of the {@link HostileCorpus} to {@code POST /api/v1/inspect}, as a multipart upload and (small
 * cases) as a raw {@code application/zip} body, lenient and, where the answer differs, with {@code strict=true}. Each
 * answer must be the documented one (a problem+json with the exact {@code type}, or a 200 report), never a 5xx;
 * after each request the service must be ready and its work directory must hold no upload, multipart or spool file.
 * {@code -Dhostile.cases=<regex>} runs only the cases whose name matches; {@code -Dhostile.print=true} prints every
 * answer.
 */
@QuarkusTest
@TestProfile(HostileWorkDirProfile.class)
class HostileUploadsTest {

    /** Reader warnings are fixed texts; this is the reader's catch-all for a row that threw (a hidden bug). */
    private static final Pattern CATCH_ALL = Pattern.compile("could not be read \\([A-Za-z]*(Exception|Error)\\)");
    private static final List<String> OWN_FOLDERS = List.of("uploads", "multipart", "spool");
    /** How long the HTTP layer may take to delete a multipart part after the answer was sent. */
    private static final long CLEANUP_WAIT_MILLIS = 10_000;

    static Stream<Arguments> requests() {
        List<Arguments> requests = new ArrayList<>();
        Pattern only = Pattern.compile(System.getProperty("hostile.cases", ".*"));
        for (HostileCase hostile : HostileCorpus.CASES) {
            if (!only.matcher(hostile.name()).matches()) {
                continue;
            }
            List<String> transports = hostile.large() ? List.of("multipart") : List.of("multipart", "raw");
            for (String transport : transports) {
                requests.add(Arguments.of(hostile.name(), transport, false));
                if (hostile.strictDiffers()) {
                    requests.add(Arguments.of(hostile.name(), transport, true));
                }
            }
        }
        return requests.stream();
    }

    @ParameterizedTest(name = "{0} via {1}, strict={2}")
    @MethodSource("requests")
    void answersAsDocumented(String name, String transport, boolean strict) {
        HostileCase hostile = HostileCorpus.byName(name);
        Path upload = HostileCorpus.upload(hostile);
        Expected expected = strict ? hostile.strict() : hostile.lenient();

        RequestSpecification request = RestAssured.given().queryParam("strict", strict);
        request = "raw".equals(transport) ? request.contentType("application/zip").body(upload.toFile())
                : request.multiPart("archive", upload.toFile(), "application/zip");
        Response response = request.when().post("/api/v1/inspect");

        int status = response.statusCode();
        if (Boolean.getBoolean("hostile.print")) {
            System.out.printf("%s via %s, strict=%s: %d %s%n", name, transport, strict, status, response.asString());
        }
        if (status >= 500) {
            fail("5xx for " + name + ": " + response.asString());
        }
        JsonPath body = response.jsonPath();
        assertEquals(expected.status(), status, () -> name + " answered " + response.asString());
        if (expected.type() != null) {
            assertEquals("application/problem+json", response.contentType().split(";")[0].strip());
            assertEquals(expected.type().uri(), body.getString("type"));
            assertEquals(expected.status(), body.getInt("status"));
            assertNotNull(body.getString("detail"));
            if (expected.file() != null) {
                assertEquals(expected.file(), body.getString("file"), () -> "problem file: " + response.asString());
            }
        } else {
            checkReport(name, expected, body);
        }
    }

    private static void checkReport(String name, Expected expected, JsonPath body) {
        List<Map<String, Object>> warnings = body.getList("warnings");
        for (Map<String, Object> warning : warnings) {
            String message = String.valueOf(warning.get("message"));
            assertTrue(!CATCH_ALL.matcher(message).find(), () -> name + ": a row made the reader throw: " + warning);
        }
        if (!expected.warns()) {
            assertEquals(List.of(), warnings, name + ": warnings where none were expected");
        } else {
            assertTrue(!warnings.isEmpty(), name + ": no warning");
        }
        if (expected.file() != null) {
            assertTrue(warnings.stream().anyMatch(w -> expected.file().equals(w.get("file"))),
                    () -> name + ": no warning about " + expected.file() + " in " + warnings);
        }
        if (expected.reportCheck() != null) {
            expected.reportCheck().accept(body);
        }
    }

    /** After every request: the service is ready for the next one and its temporary folders are empty. */
    @AfterEach
    void serviceIsHealthyAndNothingIsLeft() throws Exception {
        RestAssured.given().when().get("/q/health/ready").then().statusCode(200);
        Path workDir = Path.of(ConfigProvider.getConfig().getValue("fledge.work-dir", String.class));
        long deadline = System.currentTimeMillis() + CLEANUP_WAIT_MILLIS;
        List<Path> left = leftovers(workDir);
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = leftovers(workDir);
        }
        assertEquals(List.of(), left, "temporary files left after the request");
    }

    private static List<Path> leftovers(Path workDir) throws IOException {
        List<Path> left = new ArrayList<>();
        for (String folder : OWN_FOLDERS) {
            Path dir = workDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> !p.equals(dir)).forEach(left::add);
                }
            }
        }
        return left;
    }

    /** The work directory really is the test's own folder (else the emptiness check would prove nothing). */
    @org.junit.jupiter.api.Test
    void usesItsOwnWorkDirectory() {
        String workDir = ConfigProvider.getConfig().getValue("fledge.work-dir", String.class);
        assertTrue(Path.of(workDir).getFileName().toString().startsWith("fledge-hostile-work-"), workDir);
        String multipart = ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class);
        assertEquals(Path.of(workDir, "multipart"), Path.of(multipart));
    }
}
