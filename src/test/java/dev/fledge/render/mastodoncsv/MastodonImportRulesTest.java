package dev.fledge.render.mastodoncsv;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test re-implementation of Mastodon's import parsing ({@link MastodonImportRules}) accepts every file of the
 * spec's accepted fixtures, reading what Mastodon reads, and fails for every file of the rejected fixtures, for the
 * reason the fixtures README gives. Only then is it a fair judge of the files Fledge writes.
 */
class MastodonImportRulesTest {
    static final List<String> ACCEPTED = List.of("blocked_accounts.csv", "blocked_domains.csv", "bookmarks.csv",
            "following_accounts.csv", "lists.csv", "muted_accounts.csv");
    /** Rejected fixture → a word of the violation it must produce. */
    static final Map<String, String> REJECTED = Map.of(
            "blocked_bare_handles.csv", "address",
            "following_bad_quote.csv", "Unclosed quoted field in line 2",
            "following_with_bom.csv", "byte-order mark",
            "following_without_header.csv", "read without header",
            "following_wrong_header.csv", "read without header");

    static byte[] fixture(String folder, String name) throws IOException {
        try (InputStream in = MastodonImportRulesTest.class.getResourceAsStream("/mastodon-csv/" + folder + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void acceptsEveryAcceptedFixture() throws Exception {
        for (String name : ACCEPTED) {
            MastodonImportRules.Parsed parsed = MastodonImportRules.check(name, fixture("accepted", name));
            assertFalse(parsed.rows().isEmpty(), name);
        }
    }

    @Test
    void readsTheAcceptedFixturesAsMastodonDoes() throws Exception {
        MastodonImportRules.Parsed following = MastodonImportRules.check("following_accounts.csv",
                fixture("accepted", "following_accounts.csv"));
        assertTrue(following.headerRow());
        assertEquals(2, following.rows().size());
        assertEquals("alice@example.social", following.rows().get(0).get("acct"));
        assertEquals(true, following.rows().get(0).get("show_reblogs"));
        assertEquals(false, following.rows().get(0).get("notify"));
        assertNull(following.rows().get(0).get("languages"));
        assertEquals(List.of("en", "de"), following.rows().get(1).get("languages"));

        MastodonImportRules.Parsed lists = MastodonImportRules.check("lists.csv", fixture("accepted", "lists.csv"));
        assertFalse(lists.headerRow());
        assertEquals("News, tech", lists.rows().get(2).get("list_name"));
        assertEquals("erin@example.social", lists.rows().get(2).get("acct"));

        MastodonImportRules.Parsed muted = MastodonImportRules.check("muted_accounts.csv",
                fixture("accepted", "muted_accounts.csv"));
        assertEquals(false, muted.rows().get(1).get("hide_notifications"));
    }

    @Test
    void rejectsEveryRejectedFixtureForItsReason() throws Exception {
        for (Map.Entry<String, String> entry : REJECTED.entrySet()) {
            byte[] bytes = fixture("rejected", entry.getKey());
            MastodonImportRules.ImportType type = entry.getKey().startsWith("following")
                    ? MastodonImportRules.ImportType.FOLLOWING : MastodonImportRules.ImportType.BLOCKING;
            MastodonImportRules.Violation violation = assertThrows(MastodonImportRules.Violation.class,
                    () -> MastodonImportRules.check(type, bytes), entry.getKey());
            assertTrue(violation.getMessage().contains(entry.getValue()),
                    entry.getKey() + ": " + violation.getMessage());
        }
    }

    @Test
    void bomFixtureFailsEvenWithoutTheExplicitBomRule() throws Exception {
        // Mastodon's own reading: "\uFEFFAccount address" is no known header, the file is read header-less and the
        // flags are dropped. Strip the CRs so only that path can fail.
        String text = new String(fixture("rejected", "following_with_bom.csv"), StandardCharsets.UTF_8)
                .replace("\r", "").substring(1);
        byte[] withBomChar = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] bomStrippedOfBytes = Arrays.copyOfRange(withBomChar, 3, withBomChar.length);
        assertEquals(text, new String(bomStrippedOfBytes, StandardCharsets.UTF_8));
        List<List<String>> records = MastodonImportRules.parseCsv("\uFEFF" + text);
        assertFalse(MastodonImportRules.KNOWN_FIRST_HEADERS.contains(records.get(0).get(0)));
        MastodonImportRules.check("following_accounts.csv", bomStrippedOfBytes); // the same file without the BOM is fine
    }

    @Test
    void enforcesTheStricterDialectRules() {
        assertViolation("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\n"
                + "a@b.example,true,false\n", "fields");
        assertViolation("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\n"
                + "a@b.example,yes,false,\n", "true or false");
        assertViolation("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\n"
                + "@a@b.example,true,false,\n", "leading '@'");
        assertViolation("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\r\n"
                + "a@b.example,true,false,\r\n", "CR");
        assertViolation("blocked_accounts.csv", "a@b.example", "line end");
        assertViolation("blocked_accounts.csv", "", "Empty CSV file");
        assertViolation("blocked_accounts.csv", "Account address\na@b.example\n", "header row where");
        assertViolation("muted_accounts.csv", "a@b.example\n", "no header row");
        assertViolation("lists.csv", "News, tech,a@b.example\n", "read without header");
        assertViolation("blocked_accounts.csv", "a@b.example\na\"b@c.example\n", "Illegal quoting");
        StringBuilder tooMany = new StringBuilder("Account address,Show boosts,Notify on new posts,Languages\n");
        for (int i = 0; i <= MastodonImportRules.MAX_FOLLOWS_THRESHOLD; i++) {
            tooMany.append("u").append(i).append("@b.example,true,false,\n");
        }
        assertViolation("following_accounts.csv", tooMany.toString(), "follow_limit");
    }

    @Test
    void sharedFixturesMatchTheCopies() throws IOException {
        Path shared = Path.of("..", "shared", "targets", "fixtures");
        Assumptions.assumeTrue(Files.isDirectory(shared), "../shared is not here");
        for (String name : ACCEPTED) {
            assertArrayEquals(Files.readAllBytes(shared.resolve("mastodon-csv").resolve(name)), fixture("accepted", name),
                    name);
        }
        for (String name : REJECTED.keySet()) {
            assertArrayEquals(Files.readAllBytes(shared.resolve("rejected-csv").resolve(name)), fixture("rejected", name),
                    name);
        }
    }

    private static void assertViolation(String fileName, String text, String expected) {
        MastodonImportRules.Violation violation = assertThrows(MastodonImportRules.Violation.class,
                () -> MastodonImportRules.check(fileName, text.getBytes(StandardCharsets.UTF_8)), text);
        assertTrue(violation.getMessage().contains(expected), violation.getMessage());
    }
}
