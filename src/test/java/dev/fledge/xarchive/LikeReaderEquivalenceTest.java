package dev.fledge.xarchive;

import dev.fledge.model.Like;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@link LikeReader} reads rows from parser tokens, without a tree. These cases pin it to the tree reading it
 * replaced ({@link DataFileReader#forEachRow} with the likes' row keys, then {@link JsonFields#text}): the same likes,
 * the same warnings at the same places, for odd and broken rows as well as normal ones.
 */
class LikeReaderEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // normal rows, a placeholder, text with entities, a missing fullText
            "[ {\"like\":{\"tweetId\":\"1\",\"fullText\":\"a &amp; b\",\"expandedUrl\":\"https://x.com/i/web/status/1\"}},"
                    + " {}, {\"like\":{}}, {\"like\":{\"tweetId\":\"2\"}} ]",
            // bare rows (no row key), several keys, a row key whose value is not an object, an unknown wrapper key
            "[ {\"tweetId\":\"3\",\"fullText\":\"bare\"}, {\"like\":{\"tweetId\":\"4\"},\"other\":1},"
                    + " {\"like\":\"5\"}, {\"likes\":{\"tweetId\":\"6\"}}, {\"tweetId\":{\"nested\":1}} ]",
            // repeated keys: the last wins, in the row and inside the like
            "[ {\"like\":{\"tweetId\":\"7\"},\"like\":{\"tweetId\":\"8\",\"tweetId\":\"9\"}},"
                    + " {\"like\":{\"tweetId\":\"10\"},\"like\":5}, {\"like\":5,\"like\":{\"tweetId\":\"11\"}} ]",
            // numbers and booleans as text; empty strings, nulls and containers as no text
            "[ {\"like\":{\"tweetId\":12,\"fullText\":true,\"expandedUrl\":1.50}}, {\"like\":{\"tweetId\":1e2}},"
                    + " {\"like\":{\"tweetId\":-0}}, {\"like\":{\"tweetId\":\"13\",\"fullText\":\"\",\"expandedUrl\":null}},"
                    + " {\"like\":{\"tweetId\":\"14\",\"fullText\":[\"x\",{\"y\":[1]}],\"expandedUrl\":{\"z\":2}}},"
                    + " {\"like\":{\"tweetId\":123456789012345678901234567890}} ]",
            // rows that are not objects
            "[ 1, \"like\", null, [ {\"like\":{\"tweetId\":\"15\"}} ], true, {\"like\":{\"tweetId\":\"16\"}} ]",
            // broken JSON in the middle of a row: the rows before it count, the file gets one warning there
            "[ {\"like\":{\"tweetId\":\"17\"}}, {\"like\":{\"tweetId\":\"18\",\"fullText\":\"unterminated} ]",
            // a number no tree can hold, in a field the like does not use and in a nested container
            "[ {\"like\":{\"tweetId\":\"19\"}}, {\"like\":{\"tweetId\":\"20\",\"count\":1e99999999999}} ]",
            "[ {\"like\":{\"tweetId\":\"21\",\"x\":[1e99999999999]}}, {\"like\":{\"tweetId\":\"22\"}} ]",
            // invalid UTF-8 in a field the like does not use, and a truncated file
            "[ {\"like\":{\"tweetId\":\"23\",\"other\":\"\u00ff\"}}, {\"like\":{\"tweetId\":\"24\"",
    })
    void streamingReadingGivesWhatTheTreeReadingGave(String rows) {
        // U+00FF in a case stands for a lone 0xFF byte: invalid UTF-8
        String text = "window.YTD.like.part0 = " + rows;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = text.indexOf('\u00ff') < 0 ? utf8
                : text.replace('\u00ff', '#').getBytes(StandardCharsets.UTF_8);
        if (text.indexOf('\u00ff') >= 0) {
            file[indexOf(file, (byte) '#')] = (byte) 0xFF;
        }
        Reading streamed = read(file, true);
        Reading tree = read(file, false);
        assertFalse(tree.likes.isEmpty() && tree.warnings.isEmpty(), "each case gives likes or warnings");
        assertEquals(tree.likes, streamed.likes);
        assertEquals(tree.count, streamed.count);
        assertEquals(tree.warnings, streamed.warnings);
    }

    private record Reading(List<Like> likes, long count, List<String> warnings) {
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such byte");
    }

    private static Reading read(byte[] likeFile, boolean streaming) {
        InMemoryArchive archive = new InMemoryArchive().with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/like.js", likeFile);
        Warnings warnings = new Warnings();
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        List<Like> likes = new ArrayList<>();
        long count = streaming ? LikeReader.forEach(layout, reader, warnings, likes::add)
                : treeReading(layout, reader, warnings, likes);
        List<String> seen = new ArrayList<>();
        warnings.entries().forEach(w -> seen.add(w.toString()));
        return new Reading(likes, count, seen);
    }

    /** How likes were read before: a tree per row. */
    private static long treeReading(ArchiveLayout layout, DataFileReader reader, Warnings warnings, List<Like> likes) {
        long[] count = new long[1];
        for (String file : layout.files(DataKind.LIKES)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, DataKind.LIKES.rowKeys, warnings, (row, issues) -> {
                if (row.isEmpty()) {
                    return;
                }
                String tweetId = JsonFields.text(row, "tweetId");
                if (!Ids.isId(tweetId)) {
                    issues.report("like without a numeric tweetId, skipped");
                    return;
                }
                count[0]++;
                likes.add(new Like(tweetId, JsonFields.text(row, "expandedUrl"),
                        HtmlEntities.unescapeOnce(JsonFields.text(row, "fullText"))));
            });
        }
        return count[0];
    }
}
