package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed spec in openapi/ must be what the build generates. The test profile stores its generated spec in
 * target/openapi-test (application.properties); the prod build writes openapi/. After an API change run
 * {@code ./mvnw package -DskipTests} and commit openapi/.
 */
@QuarkusTest
class OpenApiSpecIsCurrentTest {

    @Test
    void committedSpecMatchesTheGeneratedOne() throws IOException {
        for (String name : new String[] {"openapi.yaml", "openapi.json"}) {
            Path generated = Path.of("target/openapi-test", name);
            Path committed = Path.of("openapi", name);
            assertTrue(Files.exists(generated), "the test profile should have generated " + generated);
            assertTrue(Files.exists(committed), committed + " is missing: run ./mvnw package -DskipTests and commit it");
            assertEquals(normalized(generated), normalized(committed),
                    committed + " is stale: run ./mvnw package -DskipTests and commit openapi/");
        }
    }

    private static String normalized(Path file) throws IOException {
        return Files.readString(file).replace("\r\n", "\n").strip();
    }
}
