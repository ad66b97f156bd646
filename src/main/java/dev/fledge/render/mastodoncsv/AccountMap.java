package dev.fledge.render.mastodoncsv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fledge.problem.InvalidOptionException;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The account map a user uploads (multipart part {@code accountMap}): which fediverse address belongs to which X
 * account, and optionally in which lists it goes. A CSV file, UTF-8, columns {@code x,fediverse[,list]} with or
 * without that header row:
 * <ul>
 * <li>{@code x}: an X user id (digits only) or a screen name ({@code @name}, or any value that is not all
 * digits; a screen name that is all digits must be written {@code @123});</li>
 * <li>{@code fediverse}: {@code user@domain}; a leading {@code @} is accepted and dropped;</li>
 * <li>{@code list} (optional): list names separated by {@code |}.</li>
 * </ul>
 * Blank lines are skipped; a UTF-8 byte-order mark and CRLF line ends are accepted. Two rows naming the same X
 * account with the same address are merged (their lists joined); with different addresses they are an error.
 *
 * <p>{@link #read} checks every row and throws ONE {@link InvalidOptionException} (option {@code accountMap}, a
 * 400) listing every bad line number and why, never quoting the file's content.
 */
public final class AccountMap {

    /** Name of the request option (the multipart part) this map comes from. */
    public static final String OPTION = "accountMap";
    /** How many bad lines the problem detail names one by one; the rest are counted. */
    static final int MAX_LISTED_PROBLEMS = 50;
    /** Separator of list names in the {@code list} column. */
    public static final String LIST_SEPARATOR = "|";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SCREEN_NAME = Pattern.compile("[A-Za-z0-9_]{1,50}");
    private static final CsvFactory CSV = new CsvFactory();

    /**
     * One row of the map.
     *
     * @param index      0-based position among the map's entries
     * @param line       1-based line of the row in the uploaded file
     * @param xId        the X user id, or null when the row names a screen name
     * @param screenName the screen name without {@code @}, or null when the row names an id
     * @param address    the fediverse address
     * @param lists      list names for this account (may be empty), in the order given, without duplicates
     */
    public record Entry(int index, int line, String xId, String screenName, FediverseAddress address, List<String> lists) {
        public Entry {
            lists = List.copyOf(lists);
        }

        public boolean byId() {
            return xId != null;
        }
    }

    /** Size limits for an uploaded map. */
    public record Limits(int maxRows, long maxBytes) {
        public Limits {
            if (maxRows < 1 || maxBytes < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        public static Limits defaults() {
            return new Limits(100_000, 16L * 1024 * 1024);
        }
    }

    private static final AccountMap EMPTY = new AccountMap(List.of(), Map.of(), Map.of(), false);

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> byScreenName;
    private final boolean given;

    private AccountMap(List<Entry> entries, Map<String, Entry> byId, Map<String, Entry> byScreenName, boolean given) {
        this.entries = entries;
        this.byId = byId;
        this.byScreenName = byScreenName;
        this.given = given;
    }

    /** No map: nothing resolves through it. */
    public static AccountMap none() {
        return EMPTY;
    }

    /**
     * Reads and checks a map.
     *
     * @throws InvalidOptionException (option {@code accountMap}) when the file is too large, not UTF-8, not CSV,
     *                                or has invalid rows; the detail lists every bad line and why
     */
    public static AccountMap read(InputStream in, Limits limits) {
        Builder builder = new Builder(limits);
        int nextRowLine = 1;
        try (Reader reader = reader(new SizeLimitedInputStream(in, limits.maxBytes()))) {
            CsvParser parser = CSV.createParser(reader);
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> fields = new ArrayList<>();
            int rowLine = -1;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    if (fields.isEmpty()) {
                        rowLine = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    if (!fields.isEmpty()) {
                        builder.row(rowLine, fields);
                    }
                    fields.clear();
                    nextRowLine = Math.max(nextRowLine, parser.currentLocation().getLineNr());
                }
            }
        } catch (TooLargeException e) {
            throw new InvalidOptionException(OPTION, "accountMap is larger than this server accepts ("
                    + limits.maxBytes() + " bytes).");
        } catch (JsonProcessingException e) {
            throw builder.fail("accountMap is not valid CSV at line " + nextRowLine + ": " + csvProblem(e) + ".");
        } catch (CharacterCodingException e) {
            throw builder.fail("accountMap is not UTF-8 text (at or after line " + nextRowLine
                    + "). Save it as UTF-8 CSV.");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the account map", e);
        }
        return builder.build();
    }

    /** Whether a map was given at all (an empty uploaded file counts as given). */
    public boolean given() {
        return given;
    }

    /** The rows, in file order (merged duplicates appear once, at their first line). */
    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Optional<Entry> byId(String xId) {
        return Optional.ofNullable(byId.get(xId));
    }

    /** The row for a screen name (case-insensitive, without {@code @}). */
    public Optional<Entry> byScreenName(String screenName) {
        return Optional.ofNullable(byScreenName.get(screenName.toLowerCase(Locale.ROOT)));
    }

    private static Reader reader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String csvProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("closing quote")) {
            return "a quoted field is not closed";
        }
        if (message.contains("column separator")) {
            return "a quote inside a field (quote the whole field and double the quotes inside it)";
        }
        return "the file cannot be read as CSV";
    }

    /** Collects checked rows and every problem. */
    private static final class Builder {
        private final Limits limits;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, Entry> byId = new HashMap<>();
        private final Map<String, Entry> byScreenName = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        private int badLines;
        private boolean firstRow = true;
        private int rows;

        Builder(Limits limits) {
            this.limits = limits;
        }

        void row(int line, List<String> rawFields) {
            List<String> fields = new ArrayList<>(rawFields.size());
            rawFields.forEach(f -> fields.add(f.strip()));
            while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                fields.remove(fields.size() - 1);
            }
            if (fields.isEmpty()) {
                return; // a blank line
            }
            if (firstRow) {
                firstRow = false;
                if (isHeader(fields)) {
                    return;
                }
            }
            if (++rows > limits.maxRows()) {
                throw fail("accountMap has more than " + limits.maxRows() + " rows, the most this server accepts.");
            }
            if (fields.size() > 3) {
                problem(line, "expected 2 or 3 columns (x,fediverse[,list]), found " + fields.size());
                return;
            }
            if (fields.size() < 2) {
                problem(line, "the fediverse column is missing (expected x,fediverse[,list])");
                return;
            }
            List<String> lineProblems = new ArrayList<>();
            String x = fields.get(0);
            String xId = null;
            String screenName = null;
            if (x.isEmpty()) {
                lineProblems.add("the x column is empty");
            } else if (DIGITS.matcher(x).matches()) {
                if (x.length() > 20) {
                    lineProblems.add("an X user id has at most 20 digits");
                } else {
                    xId = x;
                }
            } else {
                String name = x.startsWith("@") ? x.substring(1) : x;
                if (SCREEN_NAME.matcher(name).matches()) {
                    screenName = name;
                } else {
                    lineProblems.add("the x column is neither an X user id (digits) nor a screen name (letters, "
                            + "digits and '_', with or without '@')");
                }
            }
            FediverseAddress.Parsed parsed = FediverseAddress.parse(fields.get(1));
            if (!parsed.valid()) {
                lineProblems.add(parsed.problem());
            }
            List<String> lists = new ArrayList<>();
            if (fields.size() == 3) {
                listNames(fields.get(2), lists, lineProblems);
            }
            if (!lineProblems.isEmpty()) {
                problem(line, String.join("; ", lineProblems));
                return;
            }
            String key = xId != null ? xId : screenName.toLowerCase(Locale.ROOT);
            Map<String, Entry> index = xId != null ? byId : byScreenName;
            Entry earlier = index.get(key);
            if (earlier != null) {
                if (!earlier.address().key().equals(parsed.address().key())) {
                    problem(line, "names the same X account as line " + earlier.line() + " with a different address");
                    return;
                }
                Set<String> merged = new LinkedHashSet<>(earlier.lists());
                merged.addAll(lists);
                Entry joined = new Entry(earlier.index(), earlier.line(), earlier.xId(), earlier.screenName(),
                        earlier.address(), new ArrayList<>(merged));
                entries.set(earlier.index(), joined);
                index.put(key, joined);
                return;
            }
            Entry entry = new Entry(entries.size(), line, xId, screenName, parsed.address(), lists);
            entries.add(entry);
            index.put(key, entry);
        }

        private static boolean isHeader(List<String> fields) {
            List<String> lower = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
            return lower.equals(List.of("x", "fediverse")) || lower.equals(List.of("x", "fediverse", "list"));
        }

        private static void listNames(String column, List<String> lists, List<String> lineProblems) {
            if (column.isEmpty()) {
                return;
            }
            Set<String> names = new LinkedHashSet<>();
            for (String part : column.split(Pattern.quote(LIST_SEPARATOR), -1)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    lineProblems.add("a list name is empty (separate list names with '|')");
                    return;
                }
                if (name.chars().anyMatch(Character::isISOControl)) {
                    lineProblems.add("a list name contains a line break or control character");
                    return;
                }
                names.add(name);
            }
            lists.addAll(names);
        }

        private void problem(int line, String reason) {
            badLines++;
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problems.add("line " + line + ": " + reason);
            }
        }

        InvalidOptionException fail(String reason) {
            StringBuilder detail = new StringBuilder(reason);
            if (badLines > 0) {
                detail.append(" Before that: ").append(describeProblems());
            }
            return new InvalidOptionException(OPTION, detail.toString());
        }

        private String describeProblems() {
            StringBuilder detail = new StringBuilder();
            detail.append(badLines == 1 ? "1 invalid row" : badLines + " invalid rows").append(" (")
                    .append(String.join("; ", problems));
            if (badLines > problems.size()) {
                detail.append("; and ").append(badLines - problems.size()).append(" more");
            }
            return detail.append(").").toString();
        }

        AccountMap build() {
            if (badLines > 0) {
                throw new InvalidOptionException(OPTION, "accountMap has " + describeProblems()
                        + " Each row is x,fediverse[,list]: an X user id or @screen_name, an address user@domain, "
                        + "and optional list names separated by '|'. Fix or remove these rows and send it again.");
            }
            return new AccountMap(Collections.unmodifiableList(entries), byId, byScreenName, true);
        }
    }

    /** Fails reading once more than {@code max} bytes came through. */
    private static final class SizeLimitedInputStream extends FilterInputStream {
        private final long max;
        private long count;

        SizeLimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws TooLargeException {
            count += n;
            if (count > max) {
                throw new TooLargeException();
            }
        }
    }

    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super("account map too large");
        }
    }
}
