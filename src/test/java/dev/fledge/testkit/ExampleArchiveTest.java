package dev.fledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code examples/example-archive.zip} is exactly what {@link ExampleArchive#build()} writes today. */
class ExampleArchiveTest {
    private static final String REGENERATE = "examples/example-archive.zip is out of date. Regenerate it from the "
            + "project root with: ./mvnw -q test-compile && java -cp target/test-classes:target/classes:$(cat "
            + "target/classpath.txt) dev.fledge.testkit.ExampleArchive   (make target/classpath.txt once with "
            + "./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) and commit the new file.";

    @Test
    void committedArchiveIsByteForByteWhatTheBuilderWrites() throws IOException {
        assertTrue(Files.isRegularFile(ExampleArchive.PATH), REGENERATE);
        byte[] committed = Files.readAllBytes(ExampleArchive.PATH);
        byte[] rebuilt = ExampleArchive.build().toBytes();
        assertTrue(Arrays.equals(committed, rebuilt), REGENERATE);
    }

    @Test
    void exampleShowsEveryCommonFeatureAndStaysSmall() {
        byte[] bytes = ExampleArchive.build().toBytes();
        assertTrue(bytes.length < 300 * 1024, "size " + bytes.length);
        ArchiveFacts facts = ExampleArchive.build().facts();
        assertEquals(12, facts.posts());
        assertEquals(2, facts.retweets());
        assertEquals(3, facts.replies());
        assertEquals(2, facts.selfReplies());
        assertEquals(1, facts.quotes());
        assertEquals(1, facts.noteTweets());
        assertEquals(1, facts.editedPosts());
        assertEquals(3, facts.likes());
        assertEquals(4, facts.followers());
        assertEquals(4, facts.following());
        assertEquals(1, facts.blocks());
        assertEquals(1, facts.mutes());
        assertEquals(1, facts.lists());
        assertEquals(2, facts.conversations());
        assertEquals(6, facts.directMessages());
        assertEquals(7, facts.mediaFiles());

        ZipContents zip = ZipContents.of(bytes);
        boolean cutRetweet = false;
        for (JsonNode tweet : zip.rows("data/tweets.js", "tweet")) {
            TweetChecks.assertConsistent(tweet);
            String text = tweet.get("full_text").asText();
            cutRetweet |= text.startsWith("RT @") && text.endsWith("\u2026");
        }
        assertTrue(cutRetweet, "one retweet is cut at 140 characters");
        assertEquals("fledgeexample", zip.json("data/manifest.js").get("userInfo").get("userName").asText());
        assertEquals(2, zip.names("data/profile_media/").size());
        assertEquals(1, zip.names("data/direct_messages_media/").size());
    }
}
