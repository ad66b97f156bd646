package dev.fledge.render.mastodoncsv;

import dev.fledge.model.Relationship;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random account directories (names recycled between ids, ids renamed, case variants), random relationships (with
 * repeated ids) and random account maps (by id and by screen name, known, unknown and ambiguous names, conflicting
 * rows, lists), with and without a bridge; seeded, {@value #ITERATIONS} runs. For each run:
 * <ul>
 * <li>every import file passes Mastodon's parsing rules ({@link MastodonImportRules}), and no address cell is a bare
 * name or starts with {@code @};</li>
 * <li>no address ever comes from an ambiguous screen name: not a map row keyed by such a name, not
 * {@code name@bridge};</li>
 * <li>the rows and unresolved reasons equal those of an oracle written here from the raw pairings, independent of
 * {@code AccountDirectory}'s bookkeeping, and the totals agree.</li>
 * </ul>
 */
class MastodonCsvPropertyTest {
    static final int ITERATIONS = 200;
    static final String BRIDGE = "bridge.example";
    private static final Pattern ADDRESS_CELL = Pattern.compile("[A-Za-z0-9_.-]+@[a-z0-9.-]+\\.[a-z]+");
    private static final List<String> NAMES = List.of("sam", "kim", "lee", "alex", "robin", "jo", "max", "ria", "ana",
            "tom", "eve", "zed", "ida", "ben", "noa");

    /** One random scenario and the raw facts the oracle reads. */
    private static final class Scenario {
        final FakeArchiveDocument document = new FakeArchiveDocument();
        final Map<String, Set<String>> namesOfId = new HashMap<>();
        final Map<String, Set<String>> idsOfName = new HashMap<>();
        final Map<String, String> addressById = new HashMap<>();
        final Map<String, String> addressByName = new HashMap<>();
        final StringBuilder map = new StringBuilder();
        /** Map rows with a list column, in file order: address → list name. */
        final List<String[]> listColumn = new ArrayList<>();
        String bridge;

        void pair(String id, String name, Instant at) {
            document.directory.record(id, name, at);
            namesOfId.computeIfAbsent(id, k -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
            idsOfName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(id);
        }

        /** The oracle's rule: the name is this id's only name, and the id is the name's only holder. */
        boolean onlyPairing(String id, String name) {
            return namesOfId.getOrDefault(id, Set.of()).equals(Set.of(name))
                    && idsOfName.getOrDefault(name, Set.of()).equals(Set.of(id));
        }

        boolean ambiguousName(String name) {
            Set<String> ids = idsOfName.getOrDefault(name, Set.of());
            return ids.size() > 1 || ids.stream().anyMatch(id -> namesOfId.get(id).size() > 1);
        }
    }

    @Test
    void noBareNameAndNoAmbiguousResolutionEver() throws Exception {
        long ambiguousNamesSeen = 0;
        long bridgedSeen = 0;
        long conflictsSeen = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            SplittableRandom random = new SplittableRandom(0xF1ED6EL * 31 + iteration);
            Scenario s = scenario(random);
            MastodonCsvOptions options = MastodonCsvOptions.defaults().withRowsPerFile(1 + random.nextInt(12),
                    1 + random.nextInt(12)).withBridgeDomain(s.bridge);
            MastodonCsvExport export = MastodonCsvExport.prepare(s.document, AccountMapTest.read(s.map.toString()),
                    options);
            Map<String, byte[]> zip = ExportOutput.zip(export);
            Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);

            Set<String> forbidden = new HashSet<>();
            for (String name : s.idsOfName.keySet()) {
                if (s.ambiguousName(name)) {
                    ambiguousNamesSeen++;
                    forbidden.add((name + "@" + BRIDGE).toLowerCase(Locale.ROOT));
                    if (s.addressByName.containsKey(name)) {
                        forbidden.add(s.addressByName.get(name));
                    }
                }
            }
            Map<Source, List<String>> rows = new HashMap<>();
            for (Source source : Source.values()) {
                rows.put(source, new ArrayList<>());
            }
            for (Map.Entry<String, MastodonImportRules.Parsed> file : parsed.entrySet()) {
                for (Map<String, Object> row : file.getValue().rows()) {
                    String acct = (String) row.get("acct");
                    assertTrue(ADDRESS_CELL.matcher(acct).matches(), "iteration " + iteration + ": " + acct);
                    assertFalse(!file.getKey().startsWith("lists") && forbidden.contains(acct.toLowerCase(Locale.ROOT)),
                            "iteration " + iteration + ": an ambiguous screen name resolved to " + acct);
                    if (acct.endsWith("@" + BRIDGE)) {
                        bridgedSeen++;
                    }
                }
                if (file.getKey().startsWith("lists")) {
                    continue; // lists.csv is written from the map as given, checked below
                }
                Source source = file.getKey().startsWith("following") ? Source.FOLLOWING
                        : file.getKey().startsWith("blocked") ? Source.BLOCK
                        : file.getKey().startsWith("muted") ? Source.MUTE : null;
                if (source != null) {
                    file.getValue().rows().forEach(row -> rows.get(source).add(
                            ((String) row.get("acct")).toLowerCase(Locale.ROOT)));
                }
            }
            List<List<String>> unresolved = new ArrayList<>();
            long resolvedTotal = 0;
            for (Source source : Source.values()) {
                Oracle oracle = oracle(s, source);
                assertEquals(oracle.rows, rows.get(source), "iteration " + iteration + " " + source);
                unresolved.addAll(oracle.unresolved);
                resolvedTotal += oracle.resolved;
                conflictsSeen += oracle.unresolved.stream().filter(r -> r.get(2).equals("invalid_mapping")).count();
            }
            List<String> listRows = new ArrayList<>();
            for (Map.Entry<String, MastodonImportRules.Parsed> file : parsed.entrySet()) {
                if (file.getKey().startsWith("lists")) {
                    file.getValue().rows().forEach(row -> listRows.add(row.get("list_name") + "," + row.get("acct")));
                }
            }
            assertEquals(listOracle(s), listRows, "iteration " + iteration + " lists");
            List<List<String>> written = ExportOutput.checkUnresolved(zip.get("unresolved_accounts.csv")).stream()
                    .map(r -> List.of(r.get(0), r.get(3), r.get(4))).toList();
            assertEquals(unresolved, written, "iteration " + iteration);
            assertEquals(resolvedTotal, export.resolvedTotal(), "iteration " + iteration);
            assertEquals(unresolved.size(), export.unresolvedTotal(), "iteration " + iteration);
        }
        assertTrue(ambiguousNamesSeen > ITERATIONS, "the scenarios exercise ambiguity: " + ambiguousNamesSeen);
        assertTrue(bridgedSeen > 0 && conflictsSeen > 0, "bridges and conflicts occur: " + bridgedSeen + ", "
                + conflictsSeen);
    }

    private static Scenario scenario(SplittableRandom random) {
        Scenario s = new Scenario();
        int people = 6 + random.nextInt(20);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            ids.add(Long.toString(1_000_000L + random.nextInt(9_000_000)));
        }
        int pairings = random.nextInt(people * 2);
        for (int i = 0; i < pairings; i++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            if (random.nextInt(5) == 0) {
                name = name.toUpperCase(Locale.ROOT); // the same name, another case
            }
            s.pair(ids.get(random.nextInt(ids.size())), name,
                    Instant.parse("2015-01-01T00:00:00Z").plusSeconds(random.nextInt(300_000_000)));
        }
        for (Relationship relationship : List.of(Relationship.FOLLOWING, Relationship.BLOCKED, Relationship.MUTED)) {
            int n = random.nextInt(people + 3);
            for (int i = 0; i < n; i++) {
                s.document.add(relationship, ids.get(random.nextInt(ids.size())));
            }
        }
        if (random.nextBoolean()) {
            s.map.append(random.nextBoolean() ? "x,fediverse,list\n" : "X,Fediverse\n");
        }
        int rows = random.nextInt(people * 2);
        for (int row = 0; row < rows; row++) {
            String address = "u" + row + "@m" + row + ".example";
            String listName = random.nextInt(4) == 0 ? "L" + random.nextInt(3) : null;
            String list = listName == null ? "" : "," + listName;
            if (random.nextBoolean()) {
                String id = random.nextInt(6) == 0 ? Long.toString(9_000_000_000L + row) : ids.get(random.nextInt(ids.size()));
                if (s.addressById.putIfAbsent(id, address) == null) {
                    if (listName != null) {
                        s.listColumn.add(new String[]{address, listName});
                    }
                    s.map.append(id).append(',').append(random.nextBoolean() ? "@" : "").append(address).append(list)
                            .append('\n');
                }
            } else {
                String name = NAMES.get(random.nextInt(NAMES.size())) + (random.nextInt(8) == 0 ? "_x" : "");
                if (s.addressByName.putIfAbsent(name, address) == null) {
                    if (listName != null) {
                        s.listColumn.add(new String[]{address, listName});
                    }
                    String written = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name;
                    s.map.append(random.nextBoolean() ? "@" : "").append(written).append(',').append(address)
                            .append(list).append('\n');
                }
            }
        }
        s.bridge = random.nextInt(3) == 0 ? BRIDGE : null;
        return s;
    }

    /**
     * lists.csv: the list column as written (the address is the user's own; no X account needs resolving for it),
     * without the rows of an account the map gives two addresses.
     */
    private static List<String> listOracle(Scenario s) {
        Set<String> conflicted = new HashSet<>();
        Set<String> ids = new HashSet<>(s.addressById.keySet());
        s.namesOfId.keySet().forEach(ids::add);
        for (String id : ids) {
            Set<String> candidates = new LinkedHashSet<>();
            if (s.addressById.containsKey(id)) {
                candidates.add(s.addressById.get(id));
            }
            s.addressByName.forEach((name, address) -> {
                if (s.onlyPairing(id, name)) {
                    candidates.add(address);
                }
            });
            if (candidates.size() > 1) {
                conflicted.addAll(candidates);
            }
        }
        List<String> rows = new ArrayList<>();
        for (String[] row : s.listColumn) {
            if (!conflicted.contains(row[0])) {
                rows.add(row[1] + "," + row[0]);
            }
        }
        return rows;
    }

    /** What the files must hold for one source, worked out from the raw pairings. */
    private record Oracle(List<String> rows, List<List<String>> unresolved, long resolved) {
    }

    private static Oracle oracle(Scenario s, Source source) {
        List<String> rows = new ArrayList<>();
        Set<String> seenRows = new HashSet<>();
        List<List<String>> unresolved = new ArrayList<>();
        Set<String> seenIds = new LinkedHashSet<>();
        long resolved = 0;
        for (String id : s.document.related.get(source.relationship())) {
            if (!seenIds.add(id)) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            if (s.addressById.containsKey(id)) {
                candidates.add(s.addressById.get(id));
            }
            for (Map.Entry<String, String> byName : s.addressByName.entrySet()) {
                if (s.onlyPairing(id, byName.getKey())) {
                    candidates.add(byName.getValue());
                }
            }
            Set<String> names = s.namesOfId.getOrDefault(id, Set.of());
            String address = null;
            String reason = null;
            if (candidates.size() > 1) {
                reason = "invalid_mapping";
            } else if (candidates.size() == 1) {
                address = candidates.iterator().next();
            } else if (names.isEmpty()) {
                reason = "no_screen_name";
            } else if (names.size() > 1 || !s.onlyPairing(id, names.iterator().next())) {
                reason = "ambiguous_screen_name";
            } else if (s.bridge != null) {
                address = names.iterator().next() + "@" + BRIDGE;
            } else {
                reason = "no_mapping";
            }
            if (address != null) {
                resolved++;
                if (seenRows.add(address.toLowerCase(Locale.ROOT))) {
                    rows.add(address.toLowerCase(Locale.ROOT));
                }
            } else {
                unresolved.add(List.of(id, source.slug(), reason));
            }
        }
        return new Oracle(rows, unresolved, resolved);
    }
}
