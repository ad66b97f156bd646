package dev.fledge.render.mastodoncsv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An independent re-implementation, for tests, of how Mastodon reads an uploaded import CSV
 * ({@code Form::Import#csv_data}, spec MASTODON-CSV.md §2), followed by the stricter rules of the other importers
 * (§6) and of the converter (§5): what a file must satisfy so that every value it carries arrives. A file that
 * Mastodon would refuse, or read while losing or misreading data, fails with a {@link Violation} naming the rule.
 *
 * <p>Mastodon's side: UTF-8 (a byte-order mark is not stripped), RFC 4180 quoting with Ruby's strictness, blank
 * lines skipped, header recognised only when the first cell is one of {@link #KNOWN_FIRST_HEADERS} (columns then
 * matched by name), otherwise the type's default headers; required headers; an empty file is an error; at most
 * 20,000 rows, following at most 7,500 (a fresh account, merge mode); the per-column converters.
 *
 * <p>Stricter rules on top: no byte-order mark, LF line ends only, the file ends with a line end, the same number of
 * fields on every row (Go {@code encoding/csv}, GoToSocial and slurp), a header row exactly where Mastodon's exporter
 * writes one and with exactly its columns (no column Mastodon would ignore, no value dropped by header-less
 * reading), addresses {@code user@domain} without leading {@code @} or spaces (a bare name is a local account on
 * the importing server), booleans exactly {@code true}/{@code false}.
 */
final class MastodonImportRules {

    /** The six import types, with the headers Mastodon expects and the ones it falls back to. */
    enum ImportType {
        FOLLOWING(List.of("Account address", "Show boosts", "Notify on new posts", "Languages"),
                List.of("Account address"), true),
        BLOCKING(List.of("Account address"), List.of("Account address"), false),
        MUTING(List.of("Account address", "Hide notifications"), List.of("Account address"), true),
        DOMAIN_BLOCKING(List.of("#domain"), List.of("#domain"), false),
        BOOKMARKS(List.of("#uri"), List.of("#uri"), false),
        LISTS(List.of("List name", "Account address"), List.of("List name", "Account address"), false);

        final List<String> expectedHeaders;
        final List<String> defaultHeaders;
        /** Whether Mastodon's exporter writes a header row for this type. */
        final boolean exporterWritesHeader;

        ImportType(List<String> expectedHeaders, List<String> defaultHeaders, boolean exporterWritesHeader) {
            this.expectedHeaders = expectedHeaders;
            this.defaultHeaders = defaultHeaders;
            this.exporterWritesHeader = exporterWritesHeader;
        }

        /** Mastodon's {@code guessed_type} from the original file name (prefixes, in Mastodon's order). */
        static ImportType fromFileName(String name) {
            if (name.startsWith("mutes") || name.startsWith("muted_accounts")) {
                return MUTING;
            }
            if (name.startsWith("follows") || name.startsWith("following_accounts")) {
                return FOLLOWING;
            }
            if (name.startsWith("blocks") || name.startsWith("blocked_accounts")) {
                return BLOCKING;
            }
            if (name.startsWith("domain_blocks") || name.startsWith("blocked_domains")) {
                return DOMAIN_BLOCKING;
            }
            if (name.startsWith("bookmarks")) {
                return BOOKMARKS;
            }
            if (name.startsWith("lists")) {
                return LISTS;
            }
            throw new IllegalArgumentException("no import type for this file name");
        }
    }

    static final Set<String> KNOWN_FIRST_HEADERS = Set.of("Account address", "#domain", "#uri", "List name");
    static final int ROWS_PROCESSING_LIMIT = 20_000;
    static final int MAX_FOLLOWS_THRESHOLD = 7_500;
    private static final Set<String> RAILS_FALSE = Set.of("0", "f", "false", "off");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern LANGUAGES = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?(, [a-z]{2,3}(-[A-Z]{2})?)*");

    /** A file Mastodon refuses, or reads while losing or misreading data. */
    static final class Violation extends Exception {
        Violation(String message) {
            super(message);
        }
    }

    /** What Mastodon reads from a file: whether it saw a header, and each row as its attributes. */
    record Parsed(ImportType type, boolean headerRow, List<Map<String, Object>> rows) {
    }

    private MastodonImportRules() {
    }

    static Parsed check(String fileName, byte[] bytes) throws Violation {
        return check(ImportType.fromFileName(fileName), bytes);
    }

    static Parsed check(ImportType type, byte[] bytes) throws Violation {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new Violation("byte-order mark: Mastodon glues it to the first header, which is then not recognised");
        }
        for (byte b : bytes) {
            if (b == '\r') {
                throw new Violation("CR in the file: the dialect is LF line ends only");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Violation("not UTF-8");
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new Violation("the last row has no line end");
        }
        List<List<String>> records = parseCsv(text);
        if (records.isEmpty()) {
            throw new Violation("imports.errors.empty: Empty CSV file");
        }
        int width = records.get(0).size();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).size() != width) {
                throw new Violation("row " + (i + 1) + " has " + records.get(i).size() + " fields, the first has "
                        + width + " (Go encoding/csv: wrong number of fields)");
            }
        }
        boolean headerRow = KNOWN_FIRST_HEADERS.contains(records.get(0).get(0));
        List<String> headers = headerRow ? records.get(0) : type.defaultHeaders;
        List<List<String>> rows = headerRow ? records.subList(1, records.size()) : records;
        for (String required : type.defaultHeaders) {
            if (!headers.contains(required)) {
                throw new Violation("imports.errors.incompatible_type: no '" + required + "' column");
            }
        }
        if (rows.size() > ROWS_PROCESSING_LIMIT) {
            throw new Violation("imports.errors.over_rows_processing_limit");
        }
        if (type == ImportType.FOLLOWING && rows.size() > MAX_FOLLOWS_THRESHOLD) {
            throw new Violation("users.follow_limit_reached: more rows than the follow limit");
        }
        // --- lossless rules on top of what Mastodon accepts
        if (!headerRow && width > type.defaultHeaders.size()) {
            throw new Violation("read without header: Mastodon keeps only " + type.defaultHeaders
                    + " and drops the other " + (width - type.defaultHeaders.size()) + " field(s) of every row");
        }
        for (String header : headers) {
            if (!type.expectedHeaders.contains(header)) {
                throw new Violation("column '" + header + "' is not one Mastodon reads for this type");
            }
        }
        if (headerRow != type.exporterWritesHeader) {
            throw new Violation(type.exporterWritesHeader ? "no header row where Mastodon's exporter writes one"
                    : "a header row where Mastodon's exporter writes none");
        }
        if (headerRow && !headers.equals(type.expectedHeaders)) {
            throw new Violation("header is not exactly Mastodon's " + type.expectedHeaders);
        }
        List<Map<String, Object>> parsed = new ArrayList<>();
        for (List<String> row : rows) {
            parsed.add(convert(type, headers, row));
        }
        return new Parsed(type, headerRow, parsed);
    }

    /** Applies Mastodon's per-column converters after checking the raw cells. */
    private static Map<String, Object> convert(ImportType type, List<String> headers, List<String> row)
            throws Violation {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String cell = i < row.size() ? row.get(i) : null;
            switch (header) {
                case "Account address" -> attributes.put("acct", address(cell));
                case "Show boosts" -> attributes.put("show_reblogs", bool(cell));
                case "Notify on new posts" -> attributes.put("notify", bool(cell));
                case "Hide notifications" -> attributes.put("hide_notifications", bool(cell));
                case "Languages" -> attributes.put("languages", languages(cell));
                case "#domain" -> attributes.put("domain", domain(cell));
                case "#uri" -> attributes.put("uri", uri(cell));
                case "List name" -> attributes.put("list_name", listName(cell));
                default -> throw new Violation("unexpected column");
            }
        }
        return attributes;
    }

    private static String address(String cell) throws Violation {
        if (cell == null) {
            throw new Violation("missing account address");
        }
        String stripped = cell.strip();
        String acct = stripped.startsWith("@") ? stripped.substring(1) : stripped;
        if (!cell.equals(cell.strip())) {
            throw new Violation("account address with surrounding spaces");
        }
        if (cell.startsWith("@")) {
            throw new Violation("account address with a leading '@' (slurp prepends its own)");
        }
        if (!ADDRESS.matcher(acct).matches()) {
            throw new Violation("account address is not user@domain: without a domain Mastodon resolves it as a "
                    + "local account of the importing server");
        }
        return acct;
    }

    /** Rails {@code ActiveModel::Type::Boolean.cast} of the lower-cased cell; the dialect allows true/false only. */
    private static Boolean bool(String cell) throws Violation {
        if (!"true".equals(cell) && !"false".equals(cell)) {
            throw new Violation("boolean cell is not exactly true or false");
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? null : !RAILS_FALSE.contains(lower);
    }

    private static List<String> languages(String cell) throws Violation {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (!LANGUAGES.matcher(cell).matches()) {
            throw new Violation("languages cell is not codes joined by ', '");
        }
        List<String> codes = Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return codes.isEmpty() ? null : codes;
    }

    private static String domain(String cell) throws Violation {
        String domain = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches() || !domain.equals(cell)) {
            throw new Violation("not a lower-case domain");
        }
        return domain;
    }

    private static String uri(String cell) throws Violation {
        if (cell == null || !cell.strip().startsWith("https://") || !cell.equals(cell.strip())) {
            throw new Violation("not an https URI");
        }
        return cell.strip();
    }

    private static String listName(String cell) throws Violation {
        if (cell == null || cell.isBlank()) {
            throw new Violation("empty list name");
        }
        return cell.strip();
    }

    /**
     * RFC 4180 with Ruby CSV's strictness: a quote only opens a field, {@code ""} inside quotes is a quote, nothing
     * may follow a closing quote but a separator or a line end, an unclosed quote is an error; blank lines are
     * skipped ({@code skip_blanks: true}). Rows end at LF.
     */
    static List<List<String>> parseCsv(String text) throws Violation {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int line = 1;
        int n = text.length();
        boolean rowStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int start = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Violation("MalformedCSVError: Unclosed quoted field in line " + start);
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    throw new Violation("MalformedCSVError: Any value after quoted field isn't allowed in line " + line);
                }
                rowStarted = true;
                continue;
            }
            if (c == '"') {
                throw new Violation("MalformedCSVError: Illegal quoting in line " + line);
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                rowStarted = true;
                i++;
                continue;
            }
            if (c == '\n') {
                if (rowStarted || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                rowStarted = false;
                line++;
                i++;
                continue;
            }
            field.append(c);
            rowStarted = true;
            i++;
        }
        if (rowStarted || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
