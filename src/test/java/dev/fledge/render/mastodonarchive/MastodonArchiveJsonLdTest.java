package dev.fledge.render.mastodonarchive;

import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.JsonLdExpansion;
import dev.fledge.render.activitypub.RetweetPolicy;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every JSON-LD document of the Mastodon archive (outbox.json, actor.json, likes.json, bookmarks.json; report.json is
 * plain JSON for people) expands with titanium-json-ld and the offline contexts, and expansion drops no property but
 * the one Mastodon itself leaves undefined ({@code bookmarks} in actor.json).
 */
class MastodonArchiveJsonLdTest {
    static final Set<String> DOCUMENTS = Set.of("outbox.json", "actor.json", "likes.json", "bookmarks.json");
    private static final List<ConvertedZip> ZIPS = new ArrayList<>();

    @BeforeAll
    static void convertAll(@TempDir Path dir) {
        for (TestArchives.Source source : TestArchives.all(dir)) {
            ZIPS.add(MastodonArchives.convert(source, dir, MastodonArchives.DEFAULTS
                    .withRetweets(RetweetPolicy.ANNOUNCE)));
        }
    }

    static List<ConvertedZip> archives() {
        return ZIPS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("every document expands; no property dropped except actor.json's bookmarks (as in Mastodon)")
    void documentsExpand(ConvertedZip zip) {
        List<String> checked = new ArrayList<>();
        for (String name : zip.jsonNames()) {
            if (!DOCUMENTS.contains(name)) {
                continue;
            }
            Set<String> allowed = name.equals("actor.json") ? Set.of("bookmarks") : Set.of();
            JsonLdExpansion.assertNothingDropped(zip.label() + " " + name, zip.entry(name).bytes(), allowed);
            checked.add(name);
        }
        assertEquals(DOCUMENTS, Set.copyOf(checked));
    }

    @Test
    @DisplayName("the checker catches an undefined term and a dropped property")
    void checkerFailsOnUndefinedTerms() {
        byte[] undefined = """
                {"@context":"https://www.w3.org/ns/activitystreams","id":"https://a.example/1","type":"Note",
                 "content":"x","quoteUrl":"https://a.example/2"}""".getBytes();
        assertThrows(AssertionError.class, () -> JsonLdExpansion.assertNothingDropped("undefined", undefined, Set.of()));
        byte[] dropped = """
                {"@context":["https://www.w3.org/ns/activitystreams",{"quoteUrl":null}],"id":"https://a.example/1",
                 "type":"Note","content":"x","quoteUrl":"https://a.example/2"}""".getBytes();
        assertThrows(AssertionError.class, () -> JsonLdExpansion.assertNothingDropped("dropped", dropped, Set.of()));
    }

    @Test
    @DisplayName("the checker accepts the hand-made fixtures of ../shared/targets (skipped without them)")
    void fixturesPass() throws IOException {
        Path fixtures = Path.of("..", "shared", "targets", "fixtures", "mastodon-archive");
        assumeTrue(Files.isDirectory(fixtures), "../shared/targets/fixtures is not available");
        for (String name : DOCUMENTS) {
            JsonLdExpansion.assertNothingDropped("fixture " + name, Files.readAllBytes(fixtures.resolve(name)),
                    name.equals("actor.json") ? Set.of("bookmarks") : Set.of());
        }
    }
}
