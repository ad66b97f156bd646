package dev.fledge.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming generator: determinism, agreement between its facts and what it wrote, sizes, a 100k run. */
class SyntheticArchiveGeneratorTest {

    @Test
    void sameSeedAndSizeGiveTheSameBytes() {
        assertArrayEquals(bytes(new SyntheticArchiveGenerator(2_000, 42)), bytes(new SyntheticArchiveGenerator(2_000, 42)));
        assertFalse(Arrays.equals(bytes(new SyntheticArchiveGenerator(200, 42)),
                bytes(new SyntheticArchiveGenerator(200, 43))));
    }

    /** Reads everything back and recounts: the facts must match the rows, every row must be consistent. */
    @Test
    void factsMatchWhatWasWritten(@TempDir Path dir) throws IOException {
        Path zipPath = dir.resolve("g3.zip");
        ArchiveFacts facts = new SyntheticArchiveGenerator(4_000, 7).maxPartBytes(1_000_000).writeTo(zipPath);
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            JsonNode manifest = json(zip, "data/manifest.js");
            JsonNode types = manifest.get("dataTypes");
            // every listed part exists, has its prefix and the row count the manifest says
            Set<String> listed = new HashSet<>();
            types.properties().forEach(type -> type.getValue().path("files").forEach(file -> {
                String name = file.get("fileName").asText();
                listed.add(name);
                assertEquals(file.get("count").asLong(), rows(zip, name, "window." + file.get("globalName").asText(), row -> {
                }), name);
            }));
            List<String> dataFiles = Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".js") && n.indexOf('/', 5) < 0 && !n.equals("data/manifest.js")).toList();
            assertEquals(new HashSet<>(dataFiles), listed);
            assertTrue(types.get("tweets").get("files").size() > 3, "tweets split into parts");

            Counts counts = new Counts(facts.accountId());
            Set<String> expectedMedia = new HashSet<>();
            for (JsonNode file : types.get("tweets").get("files")) {
                rows(zip, file.get("fileName").asText(), null, row -> {
                    JsonNode tweet = row.get("tweet");
                    TweetChecks.assertConsistent(tweet);
                    counts.add(tweet);
                    tweet.path("extended_entities").path("media").forEach(m -> expectedMedia.add(
                            "data/tweets_media/" + tweet.get("id_str").asText() + "-" + fileBase(m)));
                });
            }
            assertEquals(facts.posts(), counts.posts);
            assertEquals(4_000, counts.posts);
            assertEquals(facts.retweets(), counts.retweets);
            assertEquals(facts.replies(), counts.replies);
            assertEquals(facts.selfReplies(), counts.selfReplies);
            assertEquals(facts.quotes(), counts.quotes);
            assertEquals(facts.editedPosts(), counts.edited);
            assertEquals(facts.firstPost(), Collections.min(counts.times));
            assertEquals(facts.lastPost(), Collections.max(counts.times));
            assertEquals(facts.noteTweets(), rows(zip, "data/note-tweet.js", null, row -> {
            }));
            assertTrue(facts.noteTweets() > 10 && facts.editedPosts() > 10 && facts.retweets() > 300, facts.toString());

            Set<String> postMedia = new HashSet<>(names(zip, "data/tweets_media/"));
            assertEquals(expectedMedia, postMedia);
            long allMedia = Collections.list(zip.entries()).stream().filter(e -> e.getName().contains("_media/")).count();
            assertEquals(facts.mediaFiles(), allMedia);

            assertEquals(facts.likes(), rowCount(types, "like"));
            assertEquals(6_000, facts.likes());
            assertEquals(facts.followers(), rowCount(types, "follower"));
            assertEquals(facts.following(), rowCount(types, "following"));
            assertEquals(facts.blocks(), rowCount(types, "block"));
            assertEquals(facts.mutes(), rowCount(types, "mute"));
            assertEquals(facts.lists(), rowCount(types, "listsCreated") + rowCount(types, "listsMember")
                    + rowCount(types, "listsSubscribed"));
            assertEquals(facts.conversations(), rowCount(types, "directMessages") + rowCount(types, "directMessagesGroup"));
            long[] messages = new long[1];
            for (String name : List.of("data/direct-messages.js", "data/direct-messages-group.js")) {
                rows(zip, name, null, row -> row.get("dmConversation").get("messages")
                        .forEach(m -> messages[0] += m.has("messageCreate") ? 1 : 0));
            }
            assertEquals(facts.directMessages(), messages[0]);

            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getMethod() == ZipEntry.DEFLATED && entry.getSize() > 64 * 1024) {
                    double ratio = (double) entry.getSize() / entry.getCompressedSize();
                    assertTrue(ratio > 2 && ratio < 50, entry.getName() + " compresses " + ratio + ":1");
                }
                if (entry.getName().contains("_media/")) {
                    assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                }
            }
        }
    }

    @Test
    void olderGenerationsHaveTheirLayout(@TempDir Path dir) throws IOException {
        Path g2 = dir.resolve("g2.zip");
        ArchiveFacts facts = new SyntheticArchiveGenerator(600, 3).generation(Generation.G2).writeTo(g2);
        assertEquals(0, facts.noteTweets());
        assertEquals(0, facts.editedPosts());
        try (ZipFile zip = new ZipFile(g2.toFile())) {
            assertTrue(zip.getEntry("data/tweets.js") == null && zip.getEntry("data/note-tweet.js") == null);
            assertEquals(600, rows(zip, "data/tweet.js", "window.YTD.tweet.part0", row -> {
                assertFalse(row.get("tweet").has("edit_info"));
                TweetChecks.assertConsistent(row.get("tweet"));
            }));
        }
        Path g1 = dir.resolve("g1.zip");
        new SyntheticArchiveGenerator(300, 3).generation(Generation.G1).writeTo(g1);
        try (ZipFile zip = new ZipFile(g1.toFile())) {
            assertTrue(zip.getEntry("data/manifest.js") == null);
            assertEquals(300, rows(zip, "tweet.js", "window.YTD.tweet.part0", row -> {
                assertFalse(row.has("tweet"), "bare G1 rows");
                TweetChecks.assertConsistent(row);
            }));
        }
    }

    /** Prints what a 100,000-post archive costs to make; nothing about speed is asserted. */
    @Test
    void hundredThousandPosts(@TempDir Path dir) throws IOException {
        Path zipPath = dir.resolve("x-100k.zip");
        long start = System.nanoTime();
        ArchiveFacts facts = new SyntheticArchiveGenerator(100_000, 1).writeTo(zipPath);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long uncompressed = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                uncompressed += entry.getSize();
                entries++;
            }
        }
        long size = Files.size(zipPath);
        System.out.printf(Locale.ROOT, "SyntheticArchiveGenerator: 100,000 posts in %,d ms: %,d bytes zipped, %,d bytes "
                + "unzipped (%.1f:1), %,d entries%n%s%n", millis, size, uncompressed, (double) uncompressed / size, entries, facts);
        assertEquals(100_000, facts.posts());
    }

    // ---------------------------------------------------------------- helpers

    /** Recounts post facts from tweets rows. */
    private static final class Counts {
        final String owner;
        long posts, retweets, replies, selfReplies, quotes, edited;
        final List<Instant> times = new ArrayList<>();

        Counts(String owner) {
            this.owner = owner;
        }

        void add(JsonNode tweet) {
            JsonNode edit = tweet.get("edit_info");
            JsonNode control = edit.has("initial") ? edit.get("initial") : edit.get("edit").get("editControlInitial");
            JsonNode ids = control.get("editTweetIds");
            if (!ids.get(ids.size() - 1).asText().equals(tweet.get("id_str").asText())) {
                return; // an older version: the post counts with its newest version
            }
            posts++;
            if (ids.size() > 1) {
                edited++;
            }
            String text = tweet.get("full_text").asText();
            if (text.startsWith("RT @")) {
                retweets++;
            }
            if (tweet.has("in_reply_to_status_id_str")) {
                replies++;
                if (owner.equals(tweet.get("in_reply_to_user_id_str").asText())) {
                    selfReplies++;
                }
            }
            for (JsonNode url : tweet.get("entities").get("urls")) {
                if (url.get("expanded_url").asText().matches("https://(twitter|x)\\.com/\\w+/status/\\d+.*")
                        && text.endsWith(url.get("url").asText())) {
                    quotes++;
                }
            }
            times.add(Instant.from(TweetChecks.TWITTER_DATE.parse(tweet.get("created_at").asText())));
        }
    }

    private static String fileBase(JsonNode media) {
        String url = media.get("media_url_https").asText();
        if (media.has("video_info")) {
            long best = -1;
            for (JsonNode v : media.get("video_info").get("variants")) {
                if (v.has("bitrate") && v.get("bitrate").asLong() > best) {
                    best = v.get("bitrate").asLong();
                    url = v.get("url").asText().replaceFirst("\\?.*", "");
                }
            }
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static long rowCount(JsonNode types, String type) {
        long total = 0;
        for (JsonNode file : types.get(type).get("files")) {
            total += file.get("count").asLong();
        }
        return total;
    }

    private static List<String> names(ZipFile zip, String prefix) {
        return Collections.list(zip.entries()).stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix)).toList();
    }

    private static JsonNode json(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ArchiveJson.MAPPER.readTree(text.substring(text.indexOf('=') + 1));
        }
    }

    /**
     * Streams the rows of a data file (parsing after the first {@code =}), checking its prefix when given, and
     * returns how many there were.
     */
    private static long rows(ZipFile zip, String name, String expectedPrefix, Consumer<JsonNode> check) {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, "missing " + name);
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b = in.read(); b != '='; b = in.read()) {
                assertTrue(b >= 0, name + " has no '='");
                head.write(b);
            }
            if (expectedPrefix != null) {
                assertEquals(expectedPrefix + " ", head.toString(StandardCharsets.UTF_8), name);
            }
            long count = 0;
            try (JsonParser parser = ArchiveJson.MAPPER.createParser(in)) {
                assertEquals(JsonToken.START_ARRAY, parser.nextToken(), name);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    check.accept(parser.readValueAsTree());
                    count++;
                }
                assertEquals(null, parser.nextToken(), name + ": nothing after the array");
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(SyntheticArchiveGenerator generator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.writeTo(out);
        return out.toByteArray();
    }
}
