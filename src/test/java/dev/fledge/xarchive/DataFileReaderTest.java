package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFileReaderTest {

    private static final String FILE = "data/like.js";
    private static final Set<String> LIKE = Set.of("like");

    private final Warnings warnings = new Warnings();

    private List<JsonNode> rows(String text) {
        return rows(text, DataFileReader.Wrapper.YTD, LIKE, warnings);
    }

    private static List<JsonNode> rows(String text, DataFileReader.Wrapper wrapper, Set<String> keys,
                                       Warnings warnings) {
        InMemoryArchive archive = new InMemoryArchive().with(FILE, text);
        List<JsonNode> rows = new ArrayList<>();
        new DataFileReader(archive).forEachRow(FILE, wrapper, keys, warnings, (row, issues) -> rows.add(row));
        return rows;
    }

    private ArchiveWarning onlyWarning() {
        assertEquals(1, warnings.size(), () -> warnings.entries().toString());
        return warnings.entries().get(0);
    }

    @Test
    void unwrapsTheRowKeyAndReadsEveryRowInOrder() {
        List<JsonNode> rows = rows("""
                window.YTD.like.part0 = [
                  {
                    "like" : {
                      "tweetId" : "1",
                      "expandedUrl" : "https://twitter.com/i/web/status/1"
                    }
                  },
                  {
                    "like" : {
                      "tweetId" : "2"
                    }
                  }
                ]""");
        assertEquals(2, rows.size());
        assertEquals("1", rows.get(0).get("tweetId").asText());
        assertEquals("2", rows.get(1).get("tweetId").asText());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void acceptsBareRowsOfTheOldRootLayout() {
        List<JsonNode> rows = rows("window.YTD.like.part0 = [ {\n  \"tweetId\" : \"1\",\n  \"fullText\" : \"x\"\n} ]");
        assertEquals(1, rows.size());
        assertEquals("x", rows.get(0).get("fullText").asText());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void bothEmptyFileFormsGiveNoRowsAndNoWarning() {
        assertEquals(0, rows("window.YTD.block.part0 = []").size());
        assertEquals(0, rows("window.YTD.app.part0 = [ ]").size());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void placeholderObjectsAreEmptyRows() {
        List<JsonNode> rows = rows("window.YTD.account_label.part0 = [ { \"accountLabel\" : { } } ]",
                DataFileReader.Wrapper.YTD, Set.of("accountLabel"), warnings);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).isObject());
        assertEquals(0, rows.get(0).size());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void allowsATrailingSemicolonAndWhitespace() {
        assertEquals(1, rows("window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } } ] ;\n\n").size());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void trailingCommaIsAWarningAtTheClosingBracketAndEarlierRowsAreKept() {
        List<JsonNode> rows = rows("""
                window.YTD.like.part0 = [
                  {
                    "like" : {
                      "tweetId" : "1"
                    }
                  },
                ]""");
        assertEquals(1, rows.size());
        ArchiveWarning w = onlyWarning();
        assertEquals(FILE, w.file());
        assertEquals(7, w.line());
        assertEquals(1, w.column());
        assertTrue(w.message().startsWith("invalid JSON"));
    }

    @Test
    void columnsOnTheFirstLineCountThePrefix() {
        rows("window.YTD.like.part0 = [ nope ]");
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(27, w.column()); // 'n' of nope
    }

    @Test
    void columnsCountUtf16UnitsNotBytes() {
        // "é" is 2 bytes and 1 column; the emoji is 4 bytes and 2 UTF-16 columns (a surrogate pair), as editors count
        rows("window.YTD.like.part0 = [ { \"like\" : { \"fullText\" : \"é\uD83D\uDE00\" } } nope ]");
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(63, w.column()); // 'n' of nope
    }

    @Test
    void rowIssueColumnsAfterNonAsciiLinesAndCrLf() {
        rows("window.YTD.like.part0 = [\r\n  { \"like\" : { \"fullText\" : \"ééé\" } }, \"not a row\",\r\n"
                + "  \"ü\", 7 ]");
        assertEquals(1, warnings.size(), () -> warnings.entries().toString());
        ArchiveWarning w = warnings.entries().get(0);
        assertTrue(w.message().startsWith("row is not a JSON object"), w.message());
        assertEquals(2, w.line());
        assertEquals(40, w.column()); // the string row after the three 2-byte characters
    }

    @Test
    void strictRowIssueColumnCountsUtf16Units() {
        Warnings strict = new Warnings(true);
        FledgeException e = assertThrows(FledgeException.class, () -> rows(
                "window.YTD.like.part0 = [ { \"like\" : { \"t\" : \"\uD83D\uDE00\" } }, 1 ]",
                DataFileReader.Wrapper.YTD, LIKE, strict));
        assertEquals(new FileLocation(FILE, 1, 56), e.location());
    }

    @Test
    void missingCommaIsReportedAtTheSecondRow() {
        List<JsonNode> rows = rows("window.YTD.like.part0 = [\n  { \"like\" : { \"tweetId\" : \"1\" } }\n"
                + "  { \"like\" : { \"tweetId\" : \"2\" } }\n]");
        assertEquals(1, rows.size());
        ArchiveWarning w = onlyWarning();
        assertEquals(3, w.line());
        assertEquals(3, w.column());
    }

    @Test
    void truncatedFileIsAWarningAtTheEnd() {
        List<JsonNode> rows = rows("window.YTD.like.part0 = [\n  { \"like\" : { \"tweetId\" : \"1\" } },\n  { \"like\" : ");
        assertEquals(1, rows.size());
        ArchiveWarning w = onlyWarning();
        assertEquals(3, w.line());
        assertEquals(14, w.column()); // just after the 13 characters of the line
        assertTrue(w.message().contains("truncated"));
    }

    @Test
    void contentAfterTheValueIsAWarningWhereItStarts() {
        assertEquals(1, rows("window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } } ]\nalert(1)").size());
        ArchiveWarning w = onlyWarning();
        assertEquals(2, w.line());
        assertEquals(1, w.column());
        assertEquals("unexpected content after the end of the data", w.message());
    }

    @Test
    void aSecondSemicolonIsUnexpectedContent() {
        rows("window.YTD.like.part0 = [ ];;");
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(29, w.column());
    }

    @Test
    void wrongWrapperPrefixIsAWarningAndNoRowIsRead() {
        assertEquals(0, rows("var likes = [ { \"like\" : { \"tweetId\" : \"1\" } } ]").size());
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(1, w.column());
        assertTrue(w.message().contains("window.YTD"));
    }

    @Test
    void plainJsonWithoutAssignmentIsNotADataFile() {
        assertEquals(0, rows("[ { \"like\" : { \"tweetId\" : \"1\" } } ]").size());
        assertTrue(onlyWarning().message().contains("first 1024 bytes"));
    }

    @Test
    void theEqualsSignIsOnlyLookedForNearTheStart() {
        String text = "window.YTD.like.part0" + " ".repeat(2000) + "= [ ]";
        assertEquals(0, rows(text).size());
        assertTrue(onlyWarning().message().contains("first 1024 bytes"));
    }

    @Test
    void anObjectInsteadOfTheArrayIsAWarning() {
        rows("window.YTD.like.part0 = { \"like\" : { } }");
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(25, w.column());
        assertTrue(w.message().contains("array"));
    }

    @Test
    void rowsOfTheWrongShapeAreSkippedWithOneWarningPerKindOfProblem() {
        List<JsonNode> rows = rows("""
                window.YTD.like.part0 = [
                  "a string",
                  { "like" : { "tweetId" : "1" } },
                  42,
                  { "follower" : { "accountId" : "2" } },
                  null
                ]""");
        assertEquals(1, rows.size());
        assertEquals(2, warnings.size());
        ArchiveWarning notObject = warnings.entries().get(0);
        assertEquals(2, notObject.line());
        assertEquals(3, notObject.column());
        assertTrue(notObject.message().startsWith("row is not a JSON object"));
        assertTrue(notObject.message().contains("3 rows"), notObject.message());
        ArchiveWarning wrongKey = warnings.entries().get(1);
        assertEquals(5, wrongKey.line());
        assertFalse(wrongKey.message().contains("rows;"), wrongKey.message());
    }

    @Test
    void aMillionBadRowsGiveOneWarning() {
        StringBuilder text = new StringBuilder("window.YTD.like.part0 = [ ");
        for (int i = 0; i < 100_000; i++) {
            text.append(i == 0 ? "" : ",").append("1");
        }
        text.append(" ]");
        assertEquals(0, rows(text.toString()).size());
        assertTrue(onlyWarning().message().contains("100000 rows"));
    }

    @Test
    void handlerIssuesAreGatheredPerFile() {
        InMemoryArchive archive = new InMemoryArchive().with(FILE,
                "window.YTD.like.part0 = [ { \"like\" : { } }, { \"like\" : { \"tweetId\" : \"x\" } }, "
                        + "{ \"like\" : { \"tweetId\" : \"y\" } } ]");
        new DataFileReader(archive).forEachRow(FILE, DataFileReader.Wrapper.YTD, LIKE, warnings, (row, issues) -> {
            if (row.has("tweetId")) {
                issues.report("like without a numeric tweetId, skipped");
            }
        });
        ArchiveWarning w = onlyWarning();
        assertEquals(1, w.line());
        assertEquals(45, w.column());
        assertEquals("like without a numeric tweetId, skipped (2 rows; the location is the first)", w.message());
    }

    @Test
    void strictModeThrowsAtTheFirstProblemWithItsLocation() {
        Warnings strict = new Warnings(true);
        List<JsonNode> seen = new ArrayList<>();
        FledgeException e = assertThrows(FledgeException.class, () -> {
            InMemoryArchive archive = new InMemoryArchive().with(FILE,
                    "window.YTD.like.part0 = [\n  { \"like\" : { \"tweetId\" : \"1\" } },\n]");
            new DataFileReader(archive).forEachRow(FILE, DataFileReader.Wrapper.YTD, LIKE, strict,
                    (row, issues) -> seen.add(row));
        });
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals(new FileLocation(FILE, 3, 1), e.location());
        assertEquals(1, seen.size());
    }

    @Test
    void strictModeThrowsForABadRowToo() {
        Warnings strict = new Warnings(true);
        FledgeException e = assertThrows(FledgeException.class,
                () -> rows("window.YTD.like.part0 = [\n  { \"like\" : { } },\n  7\n]", DataFileReader.Wrapper.YTD,
                        LIKE, strict));
        assertEquals(new FileLocation(FILE, 3, 3), e.location());
    }

    @Test
    void warningsNeverQuoteContent() {
        rows("window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } }, secret-words ]");
        assertFalse(onlyWarning().message().contains("secret"));
    }

    @Test
    void grailbirdMonthFileKeepsExactSixtyFourBitIds() {
        List<JsonNode> rows = rows("Grailbird.data.tweets_2019_02 = \n[ {\n  \"id\" : 1093791097401139201,\n"
                + "  \"id_str\" : \"1093791097401139201\",\n  \"geo\" : { \"coordinates\" : [ 42.00120097, -70.71925455 ] }\n} ]",
                DataFileReader.Wrapper.GRAILBIRD, Set.of(), warnings);
        assertEquals(1, rows.size());
        assertTrue(warnings.isEmpty());
        assertEquals("1093791097401139201", rows.get(0).get("id").asText());
        assertEquals("42.00120097", rows.get(0).path("geo").path("coordinates").get(0).asText());
    }

    @Test
    void grailbirdWithASpaceBeforeTheArrayAndErrorLinesCountThePrefixLine() {
        List<JsonNode> rows = rows("Grailbird.data.tweets_2017_06 = \n [ {\n  \"id_str\" : \"1\"\n}, ]",
                DataFileReader.Wrapper.GRAILBIRD, Set.of(), warnings);
        assertEquals(1, rows.size());
        ArchiveWarning w = onlyWarning();
        assertEquals(4, w.line());
        assertEquals(4, w.column());
    }

    @Test
    void readsTheManifestAndVariableFilesAsOneObject() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", "window.__THAR_CONFIG = {\n  \"userInfo\" : { \"accountId\" : \"5\" }\n}")
                .with("data/js/user_details.js", "var user_details =  {\n  \"screen_name\" : \"someone\"\n}");
        DataFileReader reader = new DataFileReader(archive);
        ObjectNode manifest = reader.readObject("data/manifest.js", DataFileReader.Wrapper.MANIFEST, warnings);
        assertEquals("5", manifest.path("userInfo").path("accountId").asText());
        ObjectNode details = reader.readObject("data/js/user_details.js", DataFileReader.Wrapper.VARIABLE, warnings);
        assertEquals("someone", details.get("screen_name").asText());
        assertTrue(warnings.isEmpty());
        assertNull(reader.readObject("data/absent.js", DataFileReader.Wrapper.MANIFEST, warnings));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aBrokenManifestGivesNullAndAWarning() {
        InMemoryArchive archive = new InMemoryArchive().with("data/manifest.js", "window.__THAR_CONFIG = {\n  \"a\" : ,\n}");
        assertNull(new DataFileReader(archive).readObject("data/manifest.js", DataFileReader.Wrapper.MANIFEST, warnings));
        ArchiveWarning w = onlyWarning();
        assertEquals("data/manifest.js", w.file());
        assertEquals(2, w.line());
        assertEquals(9, w.column());
    }

    @Test
    void deepNestingIsRefusedAsALimit() {
        String deep = "[".repeat(500) + "]".repeat(500);
        rows("window.YTD.like.part0 = [ " + deep + " ]");
        assertTrue(onlyWarning().message().contains("limits"));
    }

    @Test
    void invalidUtf8IsAWarning() {
        byte[] prefix = "window.YTD.like.part0 = [ { \"like\" : { \"fullText\" : \"".getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "\" } } ]".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);
        InMemoryArchive archive = new InMemoryArchive().with(FILE, bytes);
        new DataFileReader(archive).forEachRow(FILE, DataFileReader.Wrapper.YTD, LIKE, warnings, (row, issues) -> { });
        assertEquals("the file is not valid UTF-8 text", onlyWarning().message());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertEquals(1, rows("\uFEFFwindow.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"1\" } } ]").size());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aMissingFileIsNotReadAndNotReported() {
        DataFileReader.FileResult result = new DataFileReader(new InMemoryArchive())
                .forEachRow(FILE, DataFileReader.Wrapper.YTD, LIKE, warnings, (row, issues) -> { });
        assertEquals(0, result.rows());
        assertFalse(result.complete());
        assertTrue(warnings.isEmpty());
    }
}
