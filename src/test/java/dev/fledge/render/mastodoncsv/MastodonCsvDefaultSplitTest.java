package dev.fledge.render.mastodoncsv;

import dev.fledge.model.Relationship;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The split at Mastodon's real limits (the defaults): 16,000 followed accounts give following files of 7,500, 7,500
 * and 1,000 rows; 20,000 blocked accounts fit one file; 41,000 muted accounts give 20,000, 20,000 and 1,000. Every
 * part passes Mastodon's parsing rules, whose row limits are the same numbers.
 */
class MastodonCsvDefaultSplitTest {

    @Test
    void splitsAtMastodonsLimits() {
        FakeArchiveDocument document = new FakeArchiveDocument();
        Instant seen = Instant.parse("2023-05-01T00:00:00Z");
        long id = 1_500_000_000_000_000_000L;
        Map<Relationship, Integer> sizes = new java.util.LinkedHashMap<>();
        sizes.put(Relationship.FOLLOWING, 16_000);
        sizes.put(Relationship.BLOCKED, 20_000);
        sizes.put(Relationship.MUTED, 41_000);
        for (Map.Entry<Relationship, Integer> size : sizes.entrySet()) {
            for (int i = 0; i < size.getValue(); i++) {
                String xId = Long.toString(id++);
                document.directory.record(xId, "p" + xId.substring(8), seen);
                document.add(size.getKey(), xId);
            }
        }
        MastodonCsvExport export = MastodonCsvExport.prepare(document, AccountMap.none(),
                MastodonCsvOptions.defaults().withBridgeDomain("bridge.example"));
        assertEquals(77_000, export.resolvedTotal());
        assertEquals(0, export.unresolvedTotal());
        Map<String, byte[]> zip = ExportOutput.zip(export);
        assertEquals(List.of("README.txt", "following_accounts.csv", "following_accounts-2.csv",
                "following_accounts-3.csv", "blocked_accounts.csv", "muted_accounts.csv", "muted_accounts-2.csv",
                "muted_accounts-3.csv", "unresolved_accounts.csv", "report.json"), List.copyOf(zip.keySet()));
        Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);
        Map<String, Integer> expectedRows = Map.of("following_accounts.csv", 7_500, "following_accounts-2.csv", 7_500,
                "following_accounts-3.csv", 1_000, "blocked_accounts.csv", 20_000, "muted_accounts.csv", 20_000,
                "muted_accounts-2.csv", 20_000, "muted_accounts-3.csv", 1_000);
        expectedRows.forEach((name, rows) -> assertEquals(rows, parsed.get(name).rows().size(), name));
        assertEquals("p" + Long.toString(1_500_000_000_000_007_500L).substring(8) + "@bridge.example", parsed.get("following_accounts-2.csv").rows().get(0).get("acct"));
        assertEquals(0, document.streamed.get(Relationship.FOLLOWER), "followers are never read");
        assertEquals(3, document.streamed.get(Relationship.FOLLOWING), "first pass, following files, unresolved");
    }
}
