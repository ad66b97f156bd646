package dev.fledge.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Runs the service with a work directory of its own (a fresh temporary folder), so that the hostile suite can check
 * that nothing is left in {@code uploads/}, {@code multipart/} and {@code spool/} after each request without seeing
 * files of other test runs on the same machine, and on a free port.
 */
public class HostileWorkDirProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of("fledge.work-dir", Files.createTempDirectory("fledge-hostile-work-").toString(),
                    // REST Assured would otherwise keep a printed copy of every request (uploads of up to 14 MB)
                    // in case a validation fails; the suite checks answers with its own assertions.
                    "quarkus.test.rest-assured.enable-logging-on-failure", "false",
                    // a free port: other builds on the same machine may hold the default test port 8081
                    "quarkus.http.test-port", "0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
