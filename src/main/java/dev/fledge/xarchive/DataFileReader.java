package dev.fledge.xarchive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.archive.ReadAheadInputStream;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JavaScript-wrapped JSON files of an X archive ({@code window.YTD.<type>.partN = [ … ]}, the manifest's
 * {@code window.__THAR_CONFIG = { … }}, Grailbird's {@code Grailbird.data.tweets_YYYY_MM = [ … ]} and
 * {@code var user_details = { … }}) straight from {@link ArchiveContent#open}, without loading a file into memory:
 * the bytes up to the first {@code =} (looked for in the first {@value #MAX_PREFIX_BYTES} bytes only) are checked
 * against the expected assignment, then ONE JSON value is parsed with Jackson's streaming parser, rows one at a time;
 * a trailing {@code ;} and whitespace are allowed after it.
 *
 * <p>A broken file (invalid JSON, truncated, wrong assignment, anything after the value) becomes ONE warning with the
 * file, 1-based line and column (UTF-16 characters as editors count them, in the whole file, prefix included) and
 * what was wrong; the rows read before the break have been delivered and the caller goes on with the next file. In
 * strict mode the warning is thrown instead ({@link Warnings}). Problems of single rows are gathered per file by
 * {@link RowIssues}.
 *
 * <p>Jackson limits: nesting depth {@value #MAX_NESTING_DEPTH}, string length {@value #MAX_STRING_LENGTH} chars (a
 * huge single value cannot exhaust a 256 MiB heap), number length {@value #MAX_NUMBER_LENGTH}; parser locations
 * never include source content. Integers keep their exact digits (Grailbird's 64-bit ids are long values, never
 * doubles) and decimals are read as {@link java.math.BigDecimal}.
 */
public final class DataFileReader {

    /** How far the {@code =} of the assignment may be from the start of a file. */
    public static final int MAX_PREFIX_BYTES = 1024;
    /** Largest file read as one value (manifest, user_details.js, payload_details.js); real ones are below 20 KB. */
    public static final long MAX_SINGLE_VALUE_BYTES = 4L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 200;
    static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 1000;

    /** Which assignment a file starts with. */
    public enum Wrapper {
        /** {@code window.YTD.<global>.part<N> = } (data files of G1-G3). */
        YTD(Pattern.compile("(window\\.)?YTD\\.[A-Za-z0-9_]+\\.part[0-9]+"),
                "'window.YTD.<name>.part<N> ='"),
        /** {@code window.__THAR_CONFIG = } (data/manifest.js). */
        MANIFEST(Pattern.compile("(window\\.)?__THAR_CONFIG"), "'window.__THAR_CONFIG ='"),
        /** {@code Grailbird.data.tweets_YYYY_MM = } (classic month files). */
        GRAILBIRD(Pattern.compile("Grailbird\\.data\\.[A-Za-z0-9_]+"), "'Grailbird.data.<name> ='"),
        /** {@code var user_details = } and the like (classic archives). */
        VARIABLE(Pattern.compile("(var\\s+)?[A-Za-z_$][A-Za-z0-9_$.]*"), "'var <name> ='");

        private final Pattern prefix;
        private final String description;

        Wrapper(Pattern prefix, String description) {
            this.prefix = prefix;
            this.description = description;
        }
    }

    /** Receives each row of a file as a tree (already unwrapped from its row key when it had one). */
    @FunctionalInterface
    public interface RowHandler {
        void row(JsonNode row, RowIssues issues);
    }

    /**
     * Receives each row as parser tokens, for rows that can be large (a DM conversation): the parser is on the
     * row's first token and the handler must consume exactly that value (e.g. with {@link JsonParser#skipChildren}).
     */
    @FunctionalInterface
    public interface StreamingRowHandler {
        void row(JsonParser parser, RowIssues issues) throws IOException;
    }

    /** What reading one file gave: rows seen in the array and whether the file was read to its end without error. */
    public record FileResult(long rows, boolean complete) {
        static final FileResult MISSING = new FileResult(0, false);
    }

    /**
     * One mapper for every reader: its configuration never changes, an {@code ObjectMapper} is thread-safe once
     * built, and a reading pass and each data type streamed afterwards make a reader of their own.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ArchiveContent content;

    public DataFileReader(ArchiveContent content) {
        this.content = content;
    }

    /**
     * Reads every row of an array file. A row that is an object with a single key from {@code rowKeys} whose value is
     * an object is unwrapped ({@code {"like": {…}}} → {@code {…}}); other objects are passed as they are (bare G1 and
     * Grailbird rows); a row that is not an object, or is wrapped under another key, is skipped with a row issue.
     *
     * @param rowKeys the row keys of this data type; empty: never unwrap
     */
    public FileResult forEachRow(String path, Wrapper wrapper, Set<String> rowKeys, Warnings warnings,
                                 RowHandler handler) {
        return read(path, wrapper, warnings, (parser, issues) -> {
            JsonNode row = readTree(parser);
            JsonNode unwrapped = unwrap(row, rowKeys, issues);
            if (unwrapped != null) {
                handler.row(unwrapped, issues);
            }
        });
    }

    /** Like {@link #forEachRow} but hands over the parser for each row (no unwrapping, no tree). */
    public FileResult forEachRowStreaming(String path, Wrapper wrapper, Warnings warnings, StreamingRowHandler handler) {
        return read(path, wrapper, warnings, handler);
    }

    /**
     * Reads a file whose value is ONE JSON object (the manifest, user_details.js). Returns null (after a warning) when
     * the file is missing, too large, broken or not an object.
     */
    public ObjectNode readObject(String path, Wrapper wrapper, Warnings warnings) {
        Optional<ArchiveEntry> entry = content.entry(path);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().size() > MAX_SINGLE_VALUE_BYTES) {
            warnings.add(FileLocation.of(path), "the file is larger than " + (MAX_SINGLE_VALUE_BYTES >> 20)
                    + " MiB, which this kind of file never is; it was not read");
            return null;
        }
        ObjectNode[] result = new ObjectNode[1];
        withParser(path, entry.get(), wrapper, warnings, (parser, locator) -> {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                warnings.add(locate(locator, parser.currentTokenLocation(), path),
                        first == null ? "nothing follows the '=' assignment" : "expected a JSON object after '='");
                return false;
            }
            result[0] = readTree(parser);
            return true;
        });
        return result[0];
    }

    /**
     * The value at the parser as a tree. Jackson throws a bare {@link NumberFormatException} (not a
     * {@link JsonProcessingException}) for a decimal it cannot represent, such as {@code 1e99999999999} (an exponent
     * beyond 32 bits); it becomes a parse error here, so that it is a warning (or, strict, a 422) about the file like
     * any other invalid JSON, never an internal error, and its message (which quotes the number) is dropped.
     */
    static <T extends TreeNode> T readTree(JsonParser parser) throws IOException {
        try {
            return parser.readValueAsTree();
        } catch (NumberFormatException e) {
            throw new OutOfRangeNumberException(parser);
        }
    }

    /** A number Jackson cannot represent; carries the parser location and no source content. */
    private static final class OutOfRangeNumberException extends JsonParseException {
        OutOfRangeNumberException(JsonParser parser) {
            super(parser, "number out of range");
        }
    }

    /** The single-key row unwrapping of {@link #forEachRow}; null when the row is skipped (issue reported). */
    static JsonNode unwrap(JsonNode row, Set<String> rowKeys, RowIssues issues) {
        if (row == null || !row.isObject()) {
            issues.report("row is not a JSON object, skipped");
            return null;
        }
        if (rowKeys.isEmpty() || row.size() != 1) {
            return row;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        Map.Entry<String, JsonNode> only = fields.next();
        if (!only.getValue().isObject()) {
            return row;
        }
        if (rowKeys.contains(only.getKey())) {
            return only.getValue();
        }
        issues.report("row is wrapped under a key this file type does not use, skipped");
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------

    private interface ParserBody {
        /** Parses the value; returns whether the value ended normally (so the trailing content is checked). */
        boolean parse(JsonParser parser, RowIssues.Locator locator) throws IOException;
    }

    private FileResult read(String path, Wrapper wrapper, Warnings warnings, StreamingRowHandler handler) {
        Optional<ArchiveEntry> entry = content.entry(path);
        if (entry.isEmpty()) {
            return FileResult.MISSING;
        }
        long[] rows = new long[1];
        boolean complete = withParser(path, entry.get(), wrapper, warnings, (parser, locator) -> {
            RowIssues issues = new RowIssues(path, warnings, locator);
            try {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    warnings.add(locate(locator, parser.currentTokenLocation(), path),
                            first == null ? "nothing follows the '=' assignment" : "expected a JSON array of rows after '='");
                    return false;
                }
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        warnings.add(locate(locator, parser.currentLocation(), path),
                                "the file ends in the middle of the data (truncated file)");
                        return false;
                    }
                    JsonLocation start = parser.currentTokenLocation();
                    issues.startRow(start.getLineNr(), start.getColumnNr());
                    rows[0]++;
                    handler.row(parser, issues);
                }
                return true;
            } finally {
                issues.flush();
            }
        });
        return new FileResult(rows[0], complete);
    }

    /**
     * Opens the entry, checks the assignment prefix, runs {@code body} over a parser positioned after the
     * {@code =}, then checks what follows the value. Returns whether the whole file was fine.
     *
     * <p>The parser reads the UTF-8 bytes directly (Jackson's byte parser: no separate decoding pass, the fastest
     * path); a large entry is inflated ahead on a second thread ({@link ReadAheadInputStream}). It counts columns in bytes; the locator turns them into UTF-16 columns when a location is reported,
     * by reading the file again up to that point ({@link EntryLocator}), so the common path pays nothing for it.
     */
    private boolean withParser(String path, ArchiveEntry entry, Wrapper wrapper, Warnings warnings, ParserBody body) {
        JsonParser parser = null;
        EntryLocator locator = null;
        try (InputStream raw = ReadAheadInputStream.wrap(content.open(entry), entry.size());
             BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
            Prefix prefix = readPrefix(in);
            if (prefix == null) {
                warnings.add(new FileLocation(path, 1, 1), "no " + wrapper.description
                        + " assignment in the first " + MAX_PREFIX_BYTES + " bytes; this is not a data file of an X archive");
                return false;
            }
            if (!wrapper.prefix.matcher(prefix.text.strip()).matches()) {
                warnings.add(new FileLocation(path, 1, 1),
                        "the file does not start with the expected " + wrapper.description + " assignment");
                return false;
            }
            locator = new EntryLocator(content, entry, path, prefix);
            if (startsWithNul(in)) {
                // Jackson would take leading NUL bytes for UTF-16/32; they are never valid JSON in UTF-8
                warnings.add(locator.locate(1, 1), describeInvalidJson());
                return false;
            }
            parser = MAPPER.createParser(in);
            if (!body.parse(parser, locator)) {
                return false;
            }
            return checkTrailing(parser, in, locator, warnings);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            warnings.add(locator == null ? FileLocation.of(path) : locate(locator, at, path), describe(e));
            return false;
        } catch (IOException e) {
            if (e.getCause() instanceof FledgeException fledge) {
                throw fledge;
            }
            warnings.add(FileLocation.of(path), "the file could not be read from the archive (damaged ZIP entry)");
            return false;
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // the stream is closed by try-with-resources
                }
            }
        }
    }

    private static boolean startsWithNul(BufferedInputStream in) throws IOException {
        in.mark(4);
        try {
            for (int i = 0; i < 4; i++) {
                int b = in.read();
                if (b <= 0) {
                    return b == 0;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static String describe(JsonProcessingException e) {
        String jacksonMessage = e.getOriginalMessage();
        if (jacksonMessage != null && jacksonMessage.startsWith("Invalid UTF-8")) {
            return "the file is not valid UTF-8 text";
        }
        if (e instanceof StreamConstraintsException) {
            return "a value exceeds the reader's limits (nesting depth " + MAX_NESTING_DEPTH + ", text length "
                    + MAX_STRING_LENGTH + " characters or number length " + MAX_NUMBER_LENGTH + ")";
        }
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the data (truncated file)";
        }
        if (e instanceof OutOfRangeNumberException) {
            return "a number is out of range (for example an exponent of more than 9 digits)";
        }
        return describeInvalidJson();
    }

    private static String describeInvalidJson() {
        return "invalid JSON (for example a trailing comma, a missing comma or quote, or a stray character)";
    }

    /** After the value: whitespace, at most one ';', whitespace, end of file. */
    private static boolean checkTrailing(JsonParser parser, InputStream in, RowIssues.Locator locator,
                                         Warnings warnings) throws IOException {
        JsonLocation end = parser.currentLocation();
        int line = end.getLineNr();
        int column = end.getColumnNr();
        java.io.ByteArrayOutputStream buffered = new java.io.ByteArrayOutputStream();
        parser.releaseBuffered(buffered);
        InputStream rest = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(buffered.toByteArray()), in);
        boolean semicolon = false;
        boolean afterCr = false;
        byte[] chunk = new byte[8192];
        int n;
        while ((n = rest.read(chunk)) >= 0) {
            for (int i = 0; i < n; i++) {
                int c = chunk[i];
                boolean crLf = afterCr && c == '\n';
                afterCr = c == '\r';
                if (crLf) {
                    continue; // the CR already ended the line
                }
                if (c == '\n' || c == '\r') {
                    line++;
                    column = 1;
                } else if (c == ' ' || c == '\t') {
                    column++;
                } else if (c == ';' && !semicolon) {
                    semicolon = true;
                    column++;
                } else {
                    warnings.add(locator.locate(line, column), "unexpected content after the end of the data");
                    return false;
                }
            }
        }
        return true;
    }

    private static FileLocation locate(RowIssues.Locator locator, JsonLocation at, String path) {
        if (at == null || at.getLineNr() < 1) {
            return FileLocation.of(path);
        }
        return locator.locate(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    /** The assignment before the '=' and where the JSON starts. */
    private record Prefix(String text, int lines, int equalsColumn) {
        /** The file's location of a (line, UTF-16 column) of the parser's input, which starts after the '='. */
        FileLocation inFile(String path, int parserLine, int parserColumn) {
            return new FileLocation(path, parserLine + lines, parserLine == 1 ? parserColumn + equalsColumn : parserColumn);
        }
    }

    /**
     * Turns the byte parser's (line, byte column) into the file's (line, UTF-16 column), as editors count: it opens
     * the entry again and reads up to the positions, counting one column per UTF-8 sequence (two for a 4-byte one,
     * a surrogate pair). Lines end at LF, CR LF or a lone CR, as the parser counts them. Only called when a location
     * is reported (a broken file, a row issue), at most twice per file.
     */
    private static final class EntryLocator implements RowIssues.Locator {
        private final ArchiveContent content;
        private final ArchiveEntry entry;
        private final String path;
        private final Prefix prefix;

        EntryLocator(ArchiveContent content, ArchiveEntry entry, String path, Prefix prefix) {
            this.content = content;
            this.entry = entry;
            this.path = path;
            this.prefix = prefix;
        }

        @Override
        public FileLocation locate(int parserLine, int parserColumn) {
            return locateAll(new int[]{parserLine}, new int[]{parserColumn}).get(0);
        }

        @Override
        public java.util.List<FileLocation> locateAll(int[] parserLines, int[] byteColumns) {
            int[] charColumns = byteColumns.clone();
            Integer[] order = new Integer[parserLines.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingInt(i -> parserLines[i])
                    .thenComparingInt(i -> byteColumns[i]));
            try (InputStream raw = content.open(entry);
                 BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
                if (readPrefix(in) != null) {
                    scan(in, parserLines, byteColumns, charColumns, order);
                }
            } catch (IOException | RuntimeException e) {
                // the entry cannot be read again: the byte columns are kept (exact for ASCII lines)
            }
            FileLocation[] located = new FileLocation[order.length];
            for (int i = 0; i < located.length; i++) {
                located[i] = parserLines[i] < 1 ? FileLocation.of(path)
                        : prefix.inFile(path, parserLines[i], Math.max(1, charColumns[i]));
            }
            return java.util.List.of(located);
        }

        private static void scan(InputStream in, int[] lines, int[] byteColumns, int[] charColumns, Integer[] order)
                throws IOException {
            int next = 0;
            int line = 1;
            int byteColumn = 1;
            int charColumn = 1;
            boolean afterCr = false;
            int b;
            while (next < order.length) {
                int target = order[next];
                if (lines[target] < line || (lines[target] == line && byteColumns[target] <= byteColumn)) {
                    if (lines[target] == line && byteColumns[target] == byteColumn) {
                        charColumns[target] = charColumn;
                    }
                    next++;
                    continue;
                }
                if ((b = in.read()) < 0) {
                    return;
                }
                if (b == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    byteColumn = 1;
                    charColumn = 1;
                    afterCr = false;
                    continue;
                }
                if (afterCr) {
                    afterCr = false;
                }
                if (b == '\r') {
                    line++;
                    byteColumn = 1;
                    charColumn = 1;
                    afterCr = true;
                    continue;
                }
                byteColumn++;
                if ((b & 0xC0) != 0x80) {
                    charColumn += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
        }
    }

    /** Reads up to and including the first '=' (skipping a UTF-8 byte order mark); null when there is none. */
    private static Prefix readPrefix(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        byte[] text = new byte[MAX_PREFIX_BYTES];
        int length = 0;
        int lines = 0;
        int column = 0;
        while (length < MAX_PREFIX_BYTES) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == '=') {
                return new Prefix(new String(text, 0, length, StandardCharsets.ISO_8859_1), lines, column + 1);
            }
            text[length++] = (byte) b;
            if (b == '\n') {
                lines++;
                column = 0;
            } else {
                column++;
            }
        }
        return null;
    }
}
