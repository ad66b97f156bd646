package dev.fledge.render.activitystreams;

import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.JsonLdExpansion;
import dev.fledge.render.activitypub.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every AS2 document of the ZIP (all but report.json, which is plain JSON for people) expands with titanium-json-ld
 * and the offline contexts, and expansion drops no property and finds no undefined term.
 */
class ActivityStreamsJsonLdTest {
    private static final List<ConvertedZip> ZIPS = new ArrayList<>();

    @BeforeAll
    static void convertAll(@TempDir Path dir) {
        for (TestArchives.Source source : TestArchives.all(dir)) {
            ZIPS.add(ActivityStreamsArchives.convert(source, dir,
                    ActivityStreamsArchives.options("https://files.example/media", 4)));
        }
    }

    static List<ConvertedZip> archives() {
        return ZIPS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("every document expands and keeps every property")
    void documentsExpand(ConvertedZip zip) {
        int checked = 0;
        for (String name : zip.jsonNames()) {
            if (!name.equals("report.json")) {
                JsonLdExpansion.assertNothingDropped(zip.label() + " " + name, zip.entry(name).bytes(), Set.of());
                checked++;
            }
        }
        assertTrue(checked >= 6, zip.label());
    }

    @Test
    @DisplayName("the checker accepts the hand-made as2 fixtures of ../shared/targets (skipped without them)")
    void fixturesPass() throws IOException {
        Path fixtures = Path.of("..", "shared", "targets", "fixtures", "as2");
        assumeTrue(Files.isDirectory(fixtures), "../shared/targets/fixtures is not available");
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonLdExpansion.assertNothingDropped("fixture " + file.getFileName(), Files.readAllBytes(file), Set.of());
            }
        }
    }
}
