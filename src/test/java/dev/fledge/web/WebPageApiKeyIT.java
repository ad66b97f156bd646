package dev.fledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page against a server with an API key configured: the page learns from a 401 that it needs one, asks for it
 * in a password field, says when a key is refused, keeps the key out of storage and cookies, and downloads the result
 * through fetch and a blob (a plain link cannot send the key). The result (Mastodon import files made with an uploaded
 * account map) is checked byte for byte against the golden files of the example archive with that map.
 */
@QuarkusIntegrationTest
@TestProfile(WebPageApiKeyIT.WithApiKey.class)
class WebPageApiKeyIT {
    static final String KEY = "browser-test-key-5f0c2c7e9a0b4d3c";

    /** One API key configured; a work folder of its own (see {@link WebPageIT.OwnWorkDir}). */
    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.security.api-keys", KEY,
                    "fledge.work-dir", Path.of("target", "browser-work", "api-key").toAbsolutePath().toString());
        }
    }

    @TestHTTPResource("/")
    URL page;

    @Test
    void asksForTheKeyAndDownloadsWithIt() throws IOException {
        String base = page.toString().replaceAll("/$", "");
        Path accountMap = Path.of("src", "test", "resources", "mastodon-csv", "example-account-map.csv");
        JsonNode run = BrowserRun.scenario("api-key", base, KEY, accountMap.toAbsolutePath().toString());
        assertEquals(200, run.path("pageStatus").asInt(), "the page itself needs no key");
        assertEquals(List.of(), texts(run.path("pageErrors")));
        assertEquals(List.of(), texts(run.path("foreignRequests")));
        assertEquals(List.of(), texts(run.path("accessibilityDone").path("problems")));
        assertEquals(List.of("accountMap", "bridgeDomain"), texts(run.path("optionsForCsv")));
        assertEquals("password", run.path("keyFieldType").asText());
        assertEquals("api-key", run.path("keyFieldFocused").asText());
        assertTrue(run.path("refusedText").asText().contains("refused"), run.path("refusedText").asText());
        assertEquals(0, run.path("storage").path("localStorage").asInt());
        assertEquals(0, run.path("storage").path("sessionStorage").asInt());
        assertEquals("", run.path("storage").path("cookies").asText());
        assertTrue(run.path("downloadUrl").asText().startsWith("blob:"), "with a key the download goes through a blob: "
                + run.path("downloadUrl").asText());
        assertEquals(run.path("downloadAttribute").asText(), run.path("suggestedFilename").asText());
        assertEquals(100, run.path("convertBar").asInt());

        // the account map reached the server: the files equal the golden export of the example archive with that map
        Path golden = Path.of("src", "test", "resources", "golden", "mastodon-csv", "example-map");
        try (ZipFile zip = new ZipFile(run.path("downloadedFile").asText());
             Stream<Path> files = Files.list(golden)) {
            TreeSet<String> names = new TreeSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
            }
            for (Path expected : files.toList()) {
                String name = expected.getFileName().toString();
                assertTrue(names.contains(name), name + " missing from " + names);
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    assertEquals(Files.readString(expected), new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
                }
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
