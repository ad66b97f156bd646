package dev.fledge.render.mastodoncsv;

import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.UserList;
import dev.fledge.model.UserListRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Mastodon import files for one archive: {@code following_accounts.csv}, {@code blocked_accounts.csv},
 * {@code muted_accounts.csv}, {@code lists.csv} (when the account map names lists), {@code unresolved_accounts.csv},
 * {@code report.json} and {@code README.txt}.
 *
 * <p>{@link #prepare} makes a first pass over the followed, blocked and muted accounts and resolves each one
 * ({@link AccountResolver}), keeping only counts; so the figures (response headers, the number of parts of a split
 * file, README.txt) are known before the first byte is written. The write methods stream the relationship files
 * again and resolve again, the same way. Memory holds the account map, the directory the reader built, and per pass
 * a primitive set of the ids seen plus the set of addresses written.
 */
public final class MastodonCsvExport {

    /** Most X list URLs kept for README.txt and report.json; more are only counted. */
    static final int MAX_LIST_URLS = 1_000;

    /** An X list named by the archive (URL only: X exports no names or members). */
    public record XList(UserListRelation relation, String url) {
    }

    /** One row of lists.csv. */
    public record ListRow(String listName, FediverseAddress address) {
    }

    private final ArchiveDocument document;
    private final AccountResolver resolver;
    private final MastodonCsvOptions options;
    private final EnumMap<Source, SourceFigures> figures = new EnumMap<>(Source.class);
    private final BitSet usedMapRows = new BitSet();
    private final List<ListRow> listRows;
    private final long listRowsSkipped;
    private final List<XList> xLists = new ArrayList<>();
    private final EnumMap<UserListRelation, Long> xListCounts = new EnumMap<>(UserListRelation.class);
    private final Instant writtenAt;

    private MastodonCsvExport(ArchiveDocument document, AccountResolver resolver, MastodonCsvOptions options) {
        this.document = document;
        this.resolver = resolver;
        this.options = options;
        for (Source source : Source.values()) {
            SourceFigures sourceFigures = new SourceFigures();
            figures.put(source, sourceFigures);
            scan(source, (resolution, newRow) -> {
                sourceFigures.count(resolution, newRow);
                if (resolution.resolved()) {
                    resolution.entries().forEach(entry -> usedMapRows.set(entry.index()));
                }
            }, sourceFigures::countDuplicateId);
        }
        List<ListRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long skipped = 0;
        for (AccountMap.Entry entry : resolver.map().entries()) {
            if (resolver.conflicted(entry)) {
                skipped += entry.lists().size();
                continue;
            }
            for (String list : entry.lists()) {
                if (seen.add(list + '\u0000' + entry.address().key())) {
                    rows.add(new ListRow(list, entry.address()));
                }
            }
        }
        this.listRows = Collections.unmodifiableList(rows);
        this.listRowsSkipped = skipped;
        for (UserListRelation relation : UserListRelation.values()) {
            xListCounts.put(relation, 0L);
        }
        document.forEachList(this::collectList);
        this.writtenAt = document.generatedAt() != null ? document.generatedAt() : Instant.now();
    }

    /**
     * Resolves every followed, blocked and muted account of {@code document} (a first pass that keeps counts only).
     * The document must have been read with relationships and lists available.
     */
    public static MastodonCsvExport prepare(ArchiveDocument document, AccountMap map, MastodonCsvOptions options) {
        return new MastodonCsvExport(document, new AccountResolver(document.knownAccounts(), map,
                options.bridgeDomain()), options);
    }

    // ------------------------------------------------------------------ figures

    public MastodonCsvOptions options() {
        return options;
    }

    public ArchiveDocument document() {
        return document;
    }

    public AccountResolver resolver() {
        return resolver;
    }

    public SourceFigures figures(Source source) {
        return figures.get(source);
    }

    /** Accounts given an address, over following, blocks and mutes (an account in two lists counts twice). */
    public long resolvedTotal() {
        return figures.values().stream().mapToLong(SourceFigures::resolved).sum();
    }

    /** Accounts without an address, over following, blocks and mutes; the rows of unresolved_accounts.csv. */
    public long unresolvedTotal() {
        return figures.values().stream().mapToLong(SourceFigures::unresolved).sum();
    }

    /** Data rows of a file over all its parts (headers not counted). */
    public long rows(CsvFile file) {
        return switch (file) {
            case FOLLOWING -> figures.get(Source.FOLLOWING).rows();
            case BLOCKS -> figures.get(Source.BLOCK).rows();
            case MUTES -> figures.get(Source.MUTE).rows();
            case LISTS -> listRows.size();
            case UNRESOLVED -> unresolvedTotal();
        };
    }

    /** Most data rows in one part of {@code file}; unresolved_accounts.csv is never split. */
    public long rowsPerPart(CsvFile file) {
        return switch (file) {
            case FOLLOWING -> options.followingRowsPerFile();
            case BLOCKS, MUTES, LISTS -> options.rowsPerFile();
            case UNRESOLVED -> Long.MAX_VALUE;
        };
    }

    /** How many files {@code file} is split into: at least 1 (a file without rows is one empty part). */
    public int parts(CsvFile file) {
        long rows = rows(file);
        long perPart = rowsPerPart(file);
        return (int) Math.max(1, (rows + perPart - 1) / perPart);
    }

    /** Whether the ZIP holds {@code file}: every file but an empty lists.csv. */
    public boolean inZip(CsvFile file) {
        return file != CsvFile.LISTS || !listRows.isEmpty();
    }

    /** The names of the ZIP's entries, in order. */
    public List<String> zipEntryNames() {
        List<String> names = new ArrayList<>();
        names.add(ImportGuide.FILE_NAME);
        for (CsvFile file : CsvFile.values()) {
            if (inZip(file)) {
                for (int part = 1; part <= parts(file); part++) {
                    names.add(file.fileName(part));
                }
            }
        }
        names.add(ExportReport.FILE_NAME);
        return names;
    }

    /** Rows of lists.csv: one per (list name, address) from the account map's list column. */
    public List<ListRow> listRows() {
        return listRows;
    }

    /** List names of map rows left out of lists.csv because their account has conflicting addresses. */
    public long listRowsSkipped() {
        return listRowsSkipped;
    }

    /** Distinct list names in lists.csv, in order of appearance. */
    public List<String> listNames() {
        Set<String> names = new LinkedHashSet<>();
        listRows.forEach(row -> names.add(row.listName()));
        return List.copyOf(names);
    }

    /** The X lists the archive names (created and subscribed ones; at most {@value #MAX_LIST_URLS} kept). */
    public List<XList> xLists() {
        return Collections.unmodifiableList(xLists);
    }

    /** How many list URLs the archive has of each relation. */
    public long xListCount(UserListRelation relation) {
        return xListCounts.get(relation);
    }

    /** Account-map rows that gave an address to at least one followed, blocked or muted account. */
    public int usedMapRows() {
        return usedMapRows.cardinality();
    }

    // ------------------------------------------------------------------ writing

    /** Writes the whole export as a ZIP (entries deflated, dated when the archive was generated). */
    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, ImportGuide.FILE_NAME);
        zip.write(ImportGuide.text(this).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        writeRelationshipParts(zip, CsvFile.FOLLOWING, Source.FOLLOWING);
        writeRelationshipParts(zip, CsvFile.BLOCKS, Source.BLOCK);
        writeRelationshipParts(zip, CsvFile.MUTES, Source.MUTE);
        if (inZip(CsvFile.LISTS)) {
            for (int part = 1; part <= parts(CsvFile.LISTS); part++) {
                entry(zip, CsvFile.LISTS.fileName(part));
                writeListPart(zip, part);
                zip.closeEntry();
            }
        }
        entry(zip, CsvFile.UNRESOLVED.fileName(1));
        writeUnresolved(zip);
        zip.closeEntry();
        entry(zip, ExportReport.FILE_NAME);
        ExportReport.write(this, zip);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /**
     * Writes one part of one file.
     *
     * @throws IllegalArgumentException when {@code part} is not between 1 and {@link #parts(CsvFile)}
     */
    public void writeCsv(CsvFile file, int part, OutputStream out) throws IOException {
        if (part < 1 || part > parts(file)) {
            throw new IllegalArgumentException("no such part");
        }
        switch (file) {
            case FOLLOWING -> writeRelationshipPart(out, file, Source.FOLLOWING, part);
            case BLOCKS -> writeRelationshipPart(out, file, Source.BLOCK, part);
            case MUTES -> writeRelationshipPart(out, file, Source.MUTE, part);
            case LISTS -> writeListPart(out, part);
            case UNRESOLVED -> writeUnresolved(out);
        }
        out.flush();
    }

    /** README.txt: how to import each file, the limits, and what could not be resolved. */
    public String importGuide() {
        return ImportGuide.text(this);
    }

    /** report.json: the figures, for programs. */
    public void writeReport(OutputStream out) throws IOException {
        ExportReport.write(this, out);
    }

    Instant writtenAt() {
        return writtenAt;
    }

    private void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.ofInstant(writtenAt, ZoneOffset.UTC));
        zip.putNextEntry(entry);
    }

    private List<String> importRow(Source source, FediverseAddress address) {
        return switch (source) {
            case FOLLOWING -> List.of(address.toString(), Boolean.toString(options.showBoosts()),
                    Boolean.toString(options.notifyOnNewPosts()), options.languagesCell());
            case BLOCK -> List.of(address.toString());
            case MUTE -> List.of(address.toString(), Boolean.toString(options.hideNotifications()));
        };
    }

    /** All parts of a relationship file, as ZIP entries, in one pass. */
    private void writeRelationshipParts(ZipOutputStream zip, CsvFile file, Source source) throws IOException {
        long perPart = rowsPerPart(file);
        long[] written = {0};
        CsvRowWriter[] writer = {startPart(zip, file, 1)};
        scanRows(source, address -> {
            if (written[0] > 0 && written[0] % perPart == 0) {
                writer[0].finish();
                zip.closeEntry();
                writer[0] = startPart(zip, file, (int) (written[0] / perPart) + 1);
            }
            writer[0].row(importRow(source, address));
            written[0]++;
        });
        writer[0].finish();
        zip.closeEntry();
        if (written[0] != rows(file)) {
            throw new IllegalStateException("the relationship file changed between passes");
        }
    }

    private CsvRowWriter startPart(ZipOutputStream zip, CsvFile file, int part) throws IOException {
        entry(zip, file.fileName(part));
        CsvRowWriter writer = new CsvRowWriter(zip, file.columns());
        if (!file.header().isEmpty()) {
            writer.row(file.header());
        }
        return writer;
    }

    private void writeRelationshipPart(OutputStream out, CsvFile file, Source source, int part) throws IOException {
        long perPart = rowsPerPart(file);
        long first = (part - 1) * perPart;
        long end = first + perPart;
        CsvRowWriter writer = new CsvRowWriter(out, file.columns());
        if (!file.header().isEmpty()) {
            writer.row(file.header());
        }
        long[] index = {0};
        scanRows(source, address -> {
            if (index[0] >= first && index[0] < end) {
                writer.row(importRow(source, address));
            }
            index[0]++;
        });
        writer.finish();
    }

    private void writeListPart(OutputStream out, int part) throws IOException {
        int perPart = (int) Math.min(Integer.MAX_VALUE, rowsPerPart(CsvFile.LISTS));
        int first = (int) Math.min(listRows.size(), (long) (part - 1) * perPart);
        int end = (int) Math.min(listRows.size(), (long) first + perPart);
        CsvRowWriter writer = new CsvRowWriter(out, CsvFile.LISTS.columns());
        for (ListRow row : listRows.subList(first, end)) {
            writer.row(row.listName(), row.address().toString());
        }
        writer.finish();
    }

    private void writeUnresolved(OutputStream out) throws IOException {
        CsvRowWriter writer = new CsvRowWriter(out, CsvFile.UNRESOLVED.columns());
        writer.row(CsvFile.UNRESOLVED.header());
        for (Source source : Source.values()) {
            scanChecked(source, (resolution, newRow) -> {
                if (!resolution.resolved()) {
                    writer.row(resolution.xId(), resolution.screenName() == null ? "" : resolution.screenName(),
                            profileUrl(resolution.xId()), source.slug(), resolution.reason().slug());
                }
            });
        }
        writer.finish();
    }

    /** The X profile of an account, by id (valid whatever its screen name is now). */
    public static String profileUrl(String xId) {
        return "https://x.com/i/user/" + xId;
    }

    // ------------------------------------------------------------------ passes

    private interface ResolutionVisitor {
        void visit(AccountResolver.Resolution resolution, boolean newRow);
    }

    private interface CheckedResolutionVisitor {
        void visit(AccountResolver.Resolution resolution, boolean newRow) throws IOException;
    }

    private interface AddressVisitor {
        void visit(FediverseAddress address) throws IOException;
    }

    /**
     * One pass over a relationship: every distinct id, resolved; {@code newRow} is true for a resolved account
     * whose address was not written before in this pass.
     */
    private void scan(Source source, ResolutionVisitor visitor, Runnable duplicateId) {
        IdSet ids = new IdSet();
        Set<String> addresses = new HashSet<>();
        document.forEachRelatedAccount(source.relationship(), account -> {
            if (!ids.add(account.accountId())) {
                duplicateId.run();
                return;
            }
            AccountResolver.Resolution resolution = resolver.resolve(account.accountId());
            boolean newRow = resolution.resolved() && addresses.add(resolution.address().key());
            visitor.visit(resolution, newRow);
        });
    }

    private void scanChecked(Source source, CheckedResolutionVisitor visitor) throws IOException {
        try {
            scan(source, (resolution, newRow) -> {
                try {
                    visitor.visit(resolution, newRow);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, () -> { });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The addresses of one import file's rows, in order, each once. */
    private void scanRows(Source source, AddressVisitor visitor) throws IOException {
        scanChecked(source, (resolution, newRow) -> {
            if (newRow) {
                visitor.visit(resolution.address());
            }
        });
    }

    private void collectList(UserList list) {
        xListCounts.merge(list.relation(), 1L, Long::sum);
        if (list.relation() != UserListRelation.MEMBER && xLists.size() < MAX_LIST_URLS) {
            xLists.add(new XList(list.relation(), list.url()));
        }
    }
}
