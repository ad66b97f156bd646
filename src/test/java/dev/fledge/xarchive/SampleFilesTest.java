package dev.fledge.xarchive;

import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.Like;
import dev.fledge.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real archive excerpts in {@code ../shared/x-archive/samples} (skipped when that folder is absent, e.g. in CI).
 */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("..", "shared", "x-archive", "samples");

    @BeforeAll
    static void samplesPresent() {
        assumeTrue(Files.isDirectory(SAMPLES), "no samples folder at " + SAMPLES.toAbsolutePath());
    }

    private static List<Path> jsSamples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static String read(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name));
    }

    @Test
    void everySampleParsesWithoutWarningsAndEmptyOnesHaveNoRows() throws IOException {
        List<Path> samples = jsSamples();
        assertTrue(samples.size() >= 50, "samples found: " + samples.size());
        for (Path sample : samples) {
            String name = SAMPLES.relativize(sample).toString().replace('\\', '/');
            InMemoryArchive archive = new InMemoryArchive().with(name, Files.readAllBytes(sample));
            DataFileReader reader = new DataFileReader(archive);
            Warnings warnings = new Warnings(true);
            String fileName = sample.getFileName().toString();
            if (fileName.startsWith("manifest.") || fileName.startsWith("user_details") || fileName.startsWith("payload_details")) {
                DataFileReader.Wrapper wrapper = fileName.startsWith("manifest.")
                        ? DataFileReader.Wrapper.MANIFEST : DataFileReader.Wrapper.VARIABLE;
                assertNotNull(reader.readObject(name, wrapper, warnings), name);
                continue;
            }
            DataFileReader.Wrapper wrapper = name.startsWith("grailbird/data/js/tweets/") ? DataFileReader.Wrapper.GRAILBIRD
                    : name.startsWith("grailbird/") ? DataFileReader.Wrapper.VARIABLE : DataFileReader.Wrapper.YTD;
            DataKind kind = DataKind.byFileBase(fileName.substring(0, fileName.indexOf('.')));
            Set<String> keys = kind == null ? Set.of() : kind.rowKeys;
            long[] rows = new long[1];
            DataFileReader.FileResult result = reader.forEachRow(name, wrapper, keys, warnings, (row, issues) -> {
                assertTrue(row.isObject(), name);
                rows[0]++;
            });
            assertTrue(result.complete(), name);
            assertEquals(result.rows(), rows[0], name);
            if (fileName.contains(".empty.")) {
                assertEquals(0, rows[0], name);
            } else {
                assertTrue(rows[0] > 0, name);
            }
        }
    }

    /** An archive holding the manifest and, as empty files, every file it lists. */
    private static ArchiveLayout layoutOf(String manifestSample, Warnings warnings) throws IOException {
        String manifest = read(manifestSample);
        InMemoryArchive archive = new InMemoryArchive().with("data/manifest.js", manifest);
        Manifest parsed = Manifest.of(new DataFileReader(archive).readObject("data/manifest.js",
                DataFileReader.Wrapper.MANIFEST, warnings));
        for (Manifest.DataType type : parsed.dataTypes().values()) {
            for (Manifest.File file : type.files()) {
                archive.with(file.fileName(), "window." + file.globalName() + " = [ ]");
            }
        }
        return ArchiveLayout.detect(archive, new DataFileReader(archive), warnings);
    }

    @Test
    void manifest2020IsG2WithTheSingularTweetFile() throws IOException {
        Warnings warnings = new Warnings(true);
        ArchiveLayout layout = layoutOf("manifest.2020-04.js", warnings);
        assertEquals(Generation.G2, layout.generation());
        assertEquals(List.of("data/tweet.js"), layout.files(DataKind.TWEETS));
        assertEquals(List.of("data/direct-messages.js"), layout.files(DataKind.DIRECT_MESSAGES));
        assertEquals(List.of("data/direct-message-headers.js"), layout.files(DataKind.DIRECT_MESSAGE_HEADERS));
        assertEquals(List.of("data/block.js"), layout.files(DataKind.BLOCKS));
        assertTrue(layout.skippedDataTypes().contains("adImpressions"));
        assertTrue(layout.skippedDataTypes().contains("ipAudit"));
        assertFalse(layout.skippedDataTypes().contains("like"));
        assertFalse(layout.skippedDataTypes().contains("tweetMedia"), "media-only entries are not data types");
        assertEquals(Generation.G2, layout.generation());
        assertEquals("1153674767859441664", layout.manifest().accountId());
    }

    @Test
    void manifests2024And2025AreG3() throws IOException {
        for (String sample : List.of("manifest.2024-11.js", "manifest.2025-01.js")) {
            Warnings warnings = new Warnings(true);
            ArchiveLayout layout = layoutOf(sample, warnings);
            assertEquals(Generation.G3, layout.generation(), sample);
            assertEquals(List.of("data/tweets.js"), layout.files(DataKind.TWEETS), sample);
            assertEquals(List.of("data/note-tweet.js"), layout.files(DataKind.NOTE_TWEETS), sample);
            assertEquals(List.of("data/deleted-tweets.js"), layout.files(DataKind.DELETED_TWEETS), sample);
            assertEquals(List.of("data/community-tweet.js"), layout.files(DataKind.COMMUNITY_TWEETS), sample);
            assertEquals(List.of("data/direct-messages-group.js"), layout.files(DataKind.DIRECT_MESSAGES_GROUP), sample);
            assertEquals(List.of("data/lists-subscribed.js"), layout.files(DataKind.LISTS_SUBSCRIBED), sample);
            assertTrue(layout.skippedDataTypes().contains("grokChatItem"), sample);
            assertTrue(layout.skippedDataTypes().contains("tweetHeaders"), sample);
            assertFalse(layout.skippedDataTypes().contains("tweets"), sample);
        }
    }

    @Test
    void sampleLikesDirectMessagesAndProfileReadIntoTheModel() throws IOException {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", "window.YTD.tweets.part0 = [ ]")
                .with("data/like.js", read("like.2025-01.js"))
                .with("data/profile.js", read("profile.2024-11.js"))
                .with("data/profile_media/52338276-kZW7LH6v.jpg", "x")
                .with("data/profile_media/52338276-1677705247.jpg", "x")
                .with("data/direct-messages.js", read("direct-messages.2025-01.js"))
                .with("data/direct-messages-group.js", read("direct-messages-group.2025-01.js"))
                .with("data/direct_messages_media/1818253123846013428-vTxBTsv2.jpg", "x")
                .with("data/direct_messages_group_media/1501271667192086532-YvjVpJuc.jpg", "x");
        Warnings warnings = new Warnings(true);
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);

        List<Like> likes = new ArrayList<>();
        assertEquals(3, LikeReader.forEach(layout, reader, warnings, likes::add));
        assertNull(likes.get(1).text());

        Profile profile = ProfileReader.read(archive, layout, reader, warnings, "52338276", null);
        assertEquals("data/profile_media/52338276-kZW7LH6v.jpg", profile.avatar().archivePath());
        assertEquals("data/profile_media/52338276-1677705247.jpg", profile.header().archivePath());

        List<DirectMessageConversation> conversations = new ArrayList<>();
        DirectMessageReader.Totals totals = DirectMessageReader.forEach(archive, layout, reader, warnings,
                conversations::add);
        assertEquals(new DirectMessageReader.Totals(4, 13), totals);
        DirectMessageConversation first = conversations.get(0);
        assertEquals("1801757286638969238", first.events().get(0).message().id());
        assertEquals("data/direct_messages_media/1818253123846013428-vTxBTsv2.jpg",
                first.events().get(1).message().media().get(0).archivePath());
        assertNull(first.events().get(2).message().media().get(0).archivePath());
        assertEquals("scrunkly", conversations.get(2).name());
        assertEquals("data/direct_messages_group_media/1501271667192086532-YvjVpJuc.jpg",
                conversations.get(3).events().get(2).message().media().get(0).archivePath());
    }
}
