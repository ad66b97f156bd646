package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Grailbird tweets.csv reader (used only when an archive has no month files). */
class TweetsCsvTest {

    private static final String HEADER = "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\","
            + "\"source\",\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\","
            + "\"expanded_urls\"\n";

    private final Warnings warnings = new Warnings();

    private List<Map<String, String>> rows(String csv) {
        InMemoryArchive archive = new InMemoryArchive().with("tweets.csv", csv);
        List<Map<String, String>> rows = new ArrayList<>();
        PostFileFeeder.csvRows(archive, "tweets.csv", warnings, rows::add);
        return rows;
    }

    @Test
    void quotedFieldsWithNewlinesAndDoubledQuotesAndRepeatedHeaders() {
        List<Map<String, String>> rows = rows(HEADER
                + "\"1093791097401139200\",\"\",\"\",\"2019-02-08 08:38:13 +0000\","
                + "\"<a href=\"\"http://twitter.com\"\" rel=\"\"nofollow\"\">Twitter Web Client</a>\","
                + "\"https://t.co/tbpwNdpGha\nIs the person the same one when they wake up?\",\"\",\"\",\"\","
                + "\"https://en.wikipedia.org/wiki/Deep_hypothermic_circulatory_arrest\"\n"
                + "\"1093759840894087171\",\"\",\"\",\"2019-02-08 06:34:01 +0000\",\"web\",\"a & b\",\"\",\"\",\"\",\"\"\n"
                + HEADER);
        assertEquals(2, rows.size());
        Map<String, String> first = rows.get(0);
        assertEquals("1093791097401139200", first.get("tweet_id"));
        assertEquals("<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>", first.get("source"));
        assertEquals("https://t.co/tbpwNdpGha\nIs the person the same one when they wake up?", first.get("text"));
        assertEquals("", first.get("in_reply_to_status_id"));
        assertEquals("a & b", rows.get(1).get("text"));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        List<Map<String, String>> rows = rows("\uFEFF" + HEADER + "\"1\",\"\",\"\",\"t\",\"s\",\"x\",\"\",\"\",\"\",\"\"\n");
        assertEquals("1", rows.get(0).get("tweet_id"));
    }

    @Test
    void anUnclosedQuoteEndsTheFileWithAWarning() {
        List<Map<String, String>> rows = rows(HEADER
                + "\"1\",\"\",\"\",\"t\",\"s\",\"ok\",\"\",\"\",\"\",\"\"\n"
                + "\"2\",\"\",\"\",\"t\",\"s\",\"never closed\n");
        assertEquals(1, rows.size());
        assertEquals(1, warnings.size());
        ArchiveWarning w = warnings.entries().get(0);
        assertEquals("tweets.csv", w.file());
        assertEquals(4, w.line(), "the end of the file, reached inside the quoted field");
        assertTrue(w.message().startsWith("invalid CSV"));
    }
}
