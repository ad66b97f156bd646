package dev.fledge.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The byte-level formatting of {@link ArchiveJson}: the two Jackson styles, Grailbird escaping, texts, dates. */
class ArchiveJsonTest {
    private static final Path SAMPLES = Path.of("..", "shared", "x-archive", "samples");
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void newStyleBreaksEveryArrayAndKeepsEmptyContainersOnOneLine() throws IOException {
        JsonNode row = EXACT.readTree("{\"like\":{\"tweetId\":\"1\",\"tags\":[\"a\",\"b\"],\"none\":[],\"empty\":{}}}");
        String file = text(ArchiveJson.ytdFile("window.YTD.like.part0", List.of(row), ArchiveJson.Style.NEW));
        assertEquals("""
                window.YTD.like.part0 = [
                  {
                    "like" : {
                      "tweetId" : "1",
                      "tags" : [
                        "a",
                        "b"
                      ],
                      "none" : [ ],
                      "empty" : { }
                    }
                  }
                ]""", file);
    }

    @Test
    void oldStyleKeepsArraysInline() throws IOException {
        JsonNode a = EXACT.readTree("{\"follower\":{\"accountId\":\"1\",\"indices\":[\"0\",\"5\"]}}");
        JsonNode b = EXACT.readTree("{\"follower\":{\"accountId\":\"2\"}}");
        String file = text(ArchiveJson.ytdFile("window.YTD.follower.part0", List.of(a, b), ArchiveJson.Style.OLD));
        assertEquals("""
                window.YTD.follower.part0 = [ {
                  "follower" : {
                    "accountId" : "1",
                    "indices" : [ "0", "5" ]
                  }
                }, {
                  "follower" : {
                    "accountId" : "2"
                  }
                } ]""", file);
    }

    @Test
    void emptyFilesDifferBetweenStyles() {
        assertEquals("window.YTD.app.part0 = [ ]", text(ArchiveJson.ytdFile("window.YTD.app.part0", List.of(),
                ArchiveJson.Style.NEW)));
        assertEquals("window.YTD.block.part0 = []", text(ArchiveJson.ytdFile("window.YTD.block.part0", List.of(),
                ArchiveJson.Style.OLD)));
    }

    @Test
    void grailbirdEscapesSlashesAngleBracketsAndNonAscii() throws IOException {
        JsonNode value = EXACT.readTree("{\"source\":\"<a href=\\\"http://x\\\">é🕯</a>\"}");
        assertEquals("var x =  {\n  \"source\" : \"\\u003Ca href=\\\"http:\\/\\/x\\\"\\u003E\\u00E9\\uD83D\\uDD6F\\u003C\\/a\\u003E\"\n}",
                text(ArchiveJson.assignment("var x =  ", value, ArchiveJson.Style.GRAILBIRD)));
    }

    @Test
    void emojiStayRawUtf8OutsideGrailbird() throws IOException {
        JsonNode value = EXACT.readTree("{\"t\":\"🐦 ok\"}");
        assertEquals("v = {\n  \"t\" : \"🐦 ok\"\n}", text(ArchiveJson.assignment("v = ", value, ArchiveJson.Style.OLD)));
    }

    @Test
    void escapesExactlyAmpersandAndAngleBrackets() {
        assertEquals("a &amp; b &lt;3 &gt; \"q\" 'q' &amp;amp;", ArchiveJson.escapeHtml("a & b <3 > \"q\" 'q' &amp;"));
        assertEquals("plain", ArchiveJson.escapeHtml("plain"));
    }

    @Test
    void formatsTheThreeDateStyles() {
        Instant at = Instant.parse("2024-11-09T12:14:18.648Z");
        assertEquals("Sat Nov 09 12:14:18 +0000 2024", ArchiveJson.twitterDate(at));
        assertEquals("2024-11-09T12:14:18.648Z", ArchiveJson.isoMillis(at));
        assertEquals("2024-11-09 12:14:18 +0000", ArchiveJson.grailbirdDate(at));
    }

    /**
     * Every JSON sample of real archives, parsed and written again with the style of its vintage, comes out byte for
     * byte as X wrote it (FORMAT.md §3 item 6).
     */
    @Test
    void rewritesTheRealSamplesByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared samples not present");
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        List<String> mismatches = new ArrayList<>();
        for (Path sample : samples) {
            String original = Files.readString(sample, StandardCharsets.UTF_8);
            String name = sample.getFileName().toString();
            ArchiveJson.Style style = sample.toString().contains("grailbird") ? ArchiveJson.Style.GRAILBIRD
                    : name.startsWith("manifest.") || name.contains(".2020-") ? ArchiveJson.Style.OLD
                    : ArchiveJson.Style.NEW;
            int equals = original.indexOf('=');
            int valueStart = equals + 1;
            while (Character.isWhitespace(original.charAt(valueStart))) {
                valueStart++;
            }
            String head = original.substring(0, valueStart);
            JsonNode value = EXACT.readTree(original.substring(valueStart));
            String rewritten;
            if (value.isArray() && head.startsWith("window.YTD.")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ArchiveJson.RowWriter writer = new ArchiveJson.RowWriter(out, head, style)) {
                    value.forEach(writer::write);
                }
                rewritten = text(out.toByteArray());
            } else {
                rewritten = text(ArchiveJson.assignment(head, value, style));
            }
            if (!rewritten.equals(original)) {
                mismatches.add(SAMPLES.relativize(sample).toString());
            }
        }
        assertTrue(samples.size() > 40, "samples found: " + samples.size());
        assertEquals(List.of(), mismatches, "samples not reproduced byte for byte");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
