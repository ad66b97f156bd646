package dev.fledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page at {@code /}, used in headless chromium as a person would (see {@link BrowserRun} and
 * {@code src/test/browser/page-test.mjs}) against the packaged jar: upload {@code examples/example-archive.zip}, pick a
 * target and options, wait for the job, download the result; then the downloaded file is checked against the
 * reviewed golden outputs of the example archive in {@code src/test/resources/golden/}. Screenshots are kept in
 * {@code target/browser/}.
 */
@QuarkusIntegrationTest
@TestProfile(WebPageIT.OwnWorkDir.class)
class WebPageIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final String ACTOR = "https://social.example/users/fledge";
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final Path WORK_DIR = Path.of("target", "browser-work", "page");

    /**
     * A work folder of its own: the default one (under java.io.tmpdir) is swept at every startup, so another Fledge
     * starting on the same machine (another build's tests) would delete this run's job files.
     */
    public static class OwnWorkDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.work-dir", WORK_DIR.toAbsolutePath().toString());
        }
    }

    @TestHTTPResource("/")
    URL page;

    @Test
    void mastodonArchiveByKeyboardWithOptionsThenDownload() throws IOException {
        JsonNode run = BrowserRun.scenario("mastodon-archive", base());
        checkPage(run);

        // keyboard: Tab reaches the skip link, then the archive's file input, whose drop zone shows the focus ring
        assertEquals("skip-link", run.path("firstTab").asText());
        assertEquals("archive", run.path("secondTab").asText());
        assertNotEquals("none", run.path("dropZoneOutline").path("style").asText(), "the drop zone shows no focus");
        assertTrue(run.path("chosenText").asText().contains("example-archive.zip"), run.path("chosenText").asText());
        // only the options the target takes are shown
        assertEquals(List.of("accountMap", "bridgeDomain"), texts(run.path("optionsForCsv")));
        assertEquals(List.of("actorUrl", "replies", "visibility"), texts(run.path("optionsForMastodonArchive")));

        // progress bars full, the summary is the inspect answer for the same archive
        assertEquals("done-heading", run.path("focusedAfterDone").asText(), "focus goes to the result");
        assertEquals("download", run.path("tabAfterDone").asText(), "Tab from the result's heading reaches the download");
        assertEquals(List.of(), texts(run.path("accessibilityDone").path("problems")), "with the result shown");
        assertEquals(List.of(), texts(run.path("accessibilityDark").path("problems")), "in the dark colour scheme");
        assertEquals(100, run.path("uploadBar").asInt());
        assertEquals(100, run.path("convertBar").asInt());
        checkSummary(run.path("summary"));

        // the download has the job's file name and the options the page sent
        String fileName = run.path("suggestedFilename").asText();
        assertTrue(fileName.matches("archive-\\d{14}-[0-9a-f]{32}\\.zip"), fileName);
        assertEquals(fileName, run.path("downloadAttribute").asText());
        assertEquals("Download " + fileName, run.path("downloadText").asText());
        assertTrue(run.path("downloadHref").asText().matches("/api/v1/jobs/[0-9a-f]{32}/result"),
                "without an API key the download is a plain link: " + run.path("downloadHref").asText());

        Map<String, byte[]> zip = unzip(Path.of(run.path("downloadedFile").asText()));
        Set<String> expectedEntries = new TreeSet<>();
        for (String line : Files.readAllLines(GOLDEN.resolve("mastodon-archive/entries.txt"))) {
            expectedEntries.add(line.split(" ")[0]);
        }
        assertEquals(expectedEntries, new TreeSet<>(zip.keySet()));
        JsonNode golden = BrowserRun.read(GOLDEN.resolve("mastodon-archive/outbox.json"));
        JsonNode outbox = BrowserRun.readJson(zip.get("outbox.json"));
        assertEquals(golden.path("totalItems").asInt(), outbox.path("totalItems").asInt());
        assertEquals(golden.path("orderedItems").size(), outbox.path("orderedItems").size());
        List<String> goldenStatuses = new ArrayList<>();
        golden.path("orderedItems").forEach(item -> goldenStatuses.add(lastSegment(item.path("object").path("id").asText())));
        List<String> statuses = new ArrayList<>();
        for (JsonNode item : outbox.path("orderedItems")) {
            JsonNode note = item.path("object");
            String id = note.path("id").asText();
            assertTrue(id.startsWith(ACTOR + "/statuses/"), "actorUrl was not applied: " + id);
            statuses.add(lastSegment(id));
            // visibility=unlisted: to followers, cc Public
            assertEquals(List.of(ACTOR + "/followers"), texts(note.path("to")), id);
            assertTrue(texts(note.path("cc")).contains(PUBLIC), id);
        }
        assertEquals(goldenStatuses, statuses);

        // the phone-width layout has no sideways scrolling
        assertTrue(run.path("phoneScrollWidth").asInt() <= 390, "page wider than a phone: " + run.path("phoneScrollWidth"));
        for (String screenshot : List.of("page-done.png", "page-done-dark.png", "page-done-phone.png",
                "page-done-phone-view.png", "page-start.png", "page-start-phone.png")) {
            assertTrue(Files.size(BrowserRun.OUTPUT.resolve(screenshot)) > 10_000, screenshot);
        }
    }

    @Test
    void normalizedByDragAndDropWithDirectMessages() {
        JsonNode run = BrowserRun.scenario("normalized", base());
        checkPage(run);
        assertTrue(run.path("chosenText").asText().contains("example-archive.zip"), run.path("chosenText").asText());
        assertEquals(List.of("includeDirectMessages"), texts(run.path("optionsForNormalized")));
        checkSummary(run.path("summary"));
        assertEquals(List.of(), texts(run.path("accessibilityDone").path("problems")), "with the result shown");

        JsonNode golden = BrowserRun.read(GOLDEN.resolve("normalized/example-archive-with-direct-messages.json"));
        JsonNode document = BrowserRun.read(Path.of(run.path("downloadedFile").asText()));
        assertEquals(golden.path("schema"), document.path("schema"));
        assertEquals(golden.path("posts").size(), document.path("posts").size());
        assertEquals(golden.path("posts"), document.path("posts"));
        assertTrue(document.path("directMessages").size() > 0, "include=directMessages was not sent");
        assertEquals(golden.path("directMessages"), document.path("directMessages"));
        assertEquals(run.path("downloadAttribute").asText(), run.path("suggestedFilename").asText());

        // "Delete it from the server now": the result is gone (410), the page says so
        assertTrue(run.path("afterDelete").asText().startsWith("Deleted"), run.path("afterDelete").asText());
        given().get(run.path("downloadHref").asText()).then().statusCode(410);
    }

    @Test
    void cancelDuringTheUploadLeavesNothing() throws Exception {
        JsonNode run = BrowserRun.scenario("cancel-upload", base());
        checkPage(run);
        int atCancel = run.path("uploadBarBeforeCancel").asInt();
        assertTrue(atCancel > 0 && atCancel < 100, "the upload bar moved before the cancel: " + atCancel);
        assertTrue(run.path("uploadTextBeforeCancel").asText().contains(" of "), run.path("uploadTextBeforeCancel").asText());
        assertTrue(run.path("afterCancel").asText().contains("cancelled"), run.path("afterCancel").asText());
        assertTrue(run.path("convertButtonEnabled").asBoolean(), "a new conversion can start");
        // the aborted upload left no file in the server's upload folders (they are deleted when the request ends)
        List<Path> left = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            left = filesUnder(WORK_DIR.resolve("uploads"), WORK_DIR.resolve("multipart"), WORK_DIR.resolve("spool"));
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(List.of(), left, "files left by the cancelled upload");
    }

    @Test
    void aProblemIsShownInPlainWords() {
        JsonNode run = BrowserRun.scenario("not-a-zip", base());
        checkPage(run);
        // the same upload to the synchronous API: the page shows that problem's title
        Response answer = given().contentType("application/zip").body("This is a text file, not the archive from X.\n"
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/inspect");
        assertEquals(415, answer.statusCode());
        String title = answer.jsonPath().getString("title");
        assertTrue(run.path("errorText").asText().contains(title), run.path("errorText").asText());
        assertEquals("error-heading", run.path("focusedAfterError").asText());
        assertEquals(List.of(), texts(run.path("accessibilityError").path("problems")), "with the error shown");
    }

    /** What every scenario must show: the page loads, nothing from elsewhere, no script error, the basic a11y check. */
    private static void checkPage(JsonNode run) {
        assertEquals(200, run.path("pageStatus").asInt());
        assertEquals(List.of(), texts(run.path("pageErrors")), "script errors in the page");
        assertEquals(List.of(), texts(run.path("foreignRequests")), "the page loaded something from elsewhere");
        assertEquals(List.of(), texts(run.path("accessibility").path("problems")), "accessibility problems");
        assertTrue(run.path("accessibility").path("textNodesChecked").asInt() > 20, "the contrast check saw no text");
    }

    /** The page's summary shows what {@code POST /api/v1/inspect} answers for the same archive. */
    private static void checkSummary(JsonNode shown) {
        JsonNode inspect;
        try (InputStream archive = Files.newInputStream(BrowserRun.EXAMPLE_ARCHIVE)) {
            inspect = BrowserRun.readJson(given().multiPart("archive", "example-archive.zip", archive.readAllBytes(),
                    "application/zip").post("/api/v1/inspect").then().statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(shown.path("Account").asText().contains("@" + inspect.path("account").path("screenName").asText()),
                shown.toString());
        JsonNode counts = inspect.path("counts");
        Map<String, String> expected = new HashMap<>();
        expected.put("Posts", counts.path("posts").asText());
        expected.put("Replies", counts.path("replies").asText());
        expected.put("Reposts", counts.path("retweets").asText());
        expected.put("Likes", counts.path("likes").asText());
        expected.put("Following", counts.path("following").asText());
        expected.put("Followers", counts.path("followers").asText());
        expected.put("Direct messages", counts.path("directMessages").asText());
        expected.put("Media files", counts.path("mediaFiles").asText());
        expected.forEach((label, value) -> assertEquals(value, shown.path(label).asText(), label));
        assertTrue(shown.path("Posts from").asText().contains(inspect.path("range").path("first").asText().substring(0, 4)),
                shown.path("Posts from").asText());
    }

    private String base() {
        String url = page.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static List<Path> filesUnder(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
