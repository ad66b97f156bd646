package dev.fledge.render.mastodoncsv;

import dev.fledge.model.Relationship;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files of a Mastodon CSV export: names, order, dialect, flags, lists, splitting, duplicates and ambiguity. */
class MastodonCsvExportTest {

    @TempDir
    Path dir;

    @Test
    void zipHoldsEveryFileAndEachImportFileReadsAsIntended() throws Exception {
        try (OpenedTestArchive archive = OpenedTestArchive.of(ExampleArchive.build(), dir)) {
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), AccountMapTest.read("""
                    1402338812651216897,robin@quill.example,Close friends
                    @mira_ok,mira@okafor.example,"Close friends|News, tech"
                    1766554433221100998,spam@spam.example
                    """), MastodonCsvOptions.defaults());
            Map<String, byte[]> zip = ExportOutput.zip(export);
            assertEquals(List.of("README.txt", "following_accounts.csv", "blocked_accounts.csv", "muted_accounts.csv",
                    "lists.csv", "unresolved_accounts.csv", "report.json"), List.copyOf(zip.keySet()));
            assertEquals(export.zipEntryNames(), List.copyOf(zip.keySet()));
            Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);

            List<Map<String, Object>> following = parsed.get("following_accounts.csv").rows();
            assertEquals(2, following.size());
            assertEquals(Map.of("acct", "robin@quill.example", "show_reblogs", true, "notify", false),
                    withoutNulls(following.get(0)));
            assertEquals("mira@okafor.example", following.get(1).get("acct"));
            assertEquals("spam@spam.example", parsed.get("blocked_accounts.csv").rows().get(0).get("acct"));
            assertTrue(parsed.get("muted_accounts.csv").rows().isEmpty());
            assertEquals("Account address,Hide notifications\n", ExportOutput.text(zip.get("muted_accounts.csv")));
            assertEquals("Close friends,robin@quill.example\nClose friends,mira@okafor.example\n"
                    + "\"News, tech\",mira@okafor.example\n", ExportOutput.text(zip.get("lists.csv")));

            List<List<String>> unresolved = ExportOutput.checkUnresolved(zip.get("unresolved_accounts.csv"));
            assertEquals(List.of(
                    List.of("930211457730068480", "tferro", "https://x.com/i/user/930211457730068480", "following", "no_mapping"),
                    List.of("2849917326", "lenabrandt", "https://x.com/i/user/2849917326", "following", "no_mapping"),
                    List.of("1655443322110099887", "", "https://x.com/i/user/1655443322110099887", "mute", "no_screen_name")),
                    unresolved);
            assertEquals(3, export.resolvedTotal());
            assertEquals(3, export.unresolvedTotal());

            for (CsvFile file : CsvFile.values()) {
                assertArrayEquals(zip.get(file.fileName(1)), ExportOutput.csv(export, file, 1), file.name());
            }
        }
    }

    @Test
    void withoutAMapNothingResolvesAndThereIsNoListsFile() throws Exception {
        try (OpenedTestArchive archive = OpenedTestArchive.of(ExampleArchive.build(), dir)) {
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), AccountMap.none(),
                    MastodonCsvOptions.defaults());
            Map<String, byte[]> zip = ExportOutput.zip(export);
            assertFalse(zip.containsKey("lists.csv"));
            assertEquals(0, export.resolvedTotal());
            assertEquals(6, export.unresolvedTotal());
            assertEquals("Account address,Show boosts,Notify on new posts,Languages\n",
                    ExportOutput.text(zip.get("following_accounts.csv")));
            assertEquals(0, zip.get("blocked_accounts.csv").length);
            assertEquals(1, export.parts(CsvFile.LISTS));
            assertEquals(0, ExportOutput.csv(export, CsvFile.LISTS, 1).length);
            ExportOutput.checkAll(zip);
            String readme = flat(ExportOutput.text(zip.get("README.txt")));
            assertTrue(readme.contains("6 accounts could not be given an address (4 followed, 1 blocked, 1 muted)"),
                    readme);
            assertTrue(readme.contains("https://twitter.com/fledgeexample/lists/1830000000000000123"), readme);
            assertTrue(readme.contains("could not export the members of your X lists"), readme);
        }
    }

    @Test
    void flagsAreWrittenAsAsked() throws Exception {
        try (OpenedTestArchive archive = OpenedTestArchive.of(ExampleArchive.build(), dir)) {
            MastodonCsvOptions options = MastodonCsvOptions.defaults()
                    .withFlags(false, true, List.of("EN", "pt-br", "en"), false);
            assertEquals(List.of("en", "pt-BR"), options.languages());
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), AccountMapTest.read("""
                    1402338812651216897,robin@quill.example
                    1655443322110099887,muted@example.social
                    """), options);
            Map<String, byte[]> zip = ExportOutput.zip(export);
            assertEquals("Account address,Show boosts,Notify on new posts,Languages\n"
                    + "robin@quill.example,false,true,\"en, pt-BR\"\n", ExportOutput.text(zip.get("following_accounts.csv")));
            assertEquals("Account address,Hide notifications\nmuted@example.social,false\n",
                    ExportOutput.text(zip.get("muted_accounts.csv")));
            Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);
            Map<String, Object> row = parsed.get("following_accounts.csv").rows().get(0);
            assertEquals(false, row.get("show_reblogs"));
            assertEquals(true, row.get("notify"));
            assertEquals(List.of("en", "pt-BR"), row.get("languages"));
            assertEquals(false, parsed.get("muted_accounts.csv").rows().get(0).get("hide_notifications"));
        }
    }

    @Test
    void optionsRefuseBadValues() {
        MastodonCsvOptions defaults = MastodonCsvOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withFlags(true, false, List.of("english"), true));
        assertThrows(IllegalArgumentException.class, () -> defaults.withFlags(true, false, List.of("e1"), true));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBridgeDomain("localhost"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withRowsPerFile(0, 10));
        assertEquals("bird.example", defaults.withBridgeDomain("Bird.Example").bridgeDomain());
        assertTrue(MastodonCsvOptions.languageProblem("zh-TW").isEmpty());
        assertTrue(MastodonCsvOptions.languageProblem("kab").isEmpty());
        assertTrue(MastodonCsvOptions.languageProblem("en_US").isPresent());
        assertTrue(defaults.showBoosts() && !defaults.notifyOnNewPosts() && defaults.languages().isEmpty()
                && defaults.hideNotifications() && defaults.bridgeDomain() == null);
        assertEquals(7_500, defaults.followingRowsPerFile());
        assertEquals(20_000, defaults.rowsPerFile());
    }

    @Test
    void splitsAtTheConfiguredRowsAndEveryPartStandsAlone() {
        FakeArchiveDocument document = new FakeArchiveDocument();
        StringBuilder map = new StringBuilder();
        for (int i = 1; i <= 23; i++) {
            document.add(Relationship.FOLLOWING, Integer.toString(1000 + i));
            map.append(1000 + i).append(",f").append(i).append("@example.social\n");
        }
        for (int i = 1; i <= 7; i++) {
            document.add(Relationship.BLOCKED, Integer.toString(2000 + i));
            map.append(2000 + i).append(",b").append(i).append("@example.social,Blocked people\n");
        }
        MastodonCsvExport export = MastodonCsvExport.prepare(document, AccountMapTest.read(map.toString()),
                MastodonCsvOptions.defaults().withRowsPerFile(10, 5));
        assertEquals(3, export.parts(CsvFile.FOLLOWING));
        assertEquals(2, export.parts(CsvFile.BLOCKS));
        assertEquals(1, export.parts(CsvFile.MUTES));
        assertEquals(2, export.parts(CsvFile.LISTS));
        assertEquals(1, export.parts(CsvFile.UNRESOLVED));
        Map<String, byte[]> zip = ExportOutput.zip(export);
        assertEquals(List.of("README.txt", "following_accounts.csv", "following_accounts-2.csv",
                "following_accounts-3.csv", "blocked_accounts.csv", "blocked_accounts-2.csv", "muted_accounts.csv",
                "lists.csv", "lists-2.csv", "unresolved_accounts.csv", "report.json"), List.copyOf(zip.keySet()));
        Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);
        assertEquals(10, parsed.get("following_accounts.csv").rows().size());
        assertEquals(10, parsed.get("following_accounts-2.csv").rows().size());
        assertEquals(3, parsed.get("following_accounts-3.csv").rows().size());
        assertEquals("f11@example.social", parsed.get("following_accounts-2.csv").rows().get(0).get("acct"));
        assertEquals("f23@example.social", parsed.get("following_accounts-3.csv").rows().get(2).get("acct"));
        assertEquals(5, parsed.get("blocked_accounts.csv").rows().size());
        assertEquals(2, parsed.get("blocked_accounts-2.csv").rows().size());
        assertEquals(5, parsed.get("lists.csv").rows().size());
        assertEquals(2, parsed.get("lists-2.csv").rows().size());
        for (CsvFile file : List.of(CsvFile.FOLLOWING, CsvFile.BLOCKS, CsvFile.LISTS)) {
            for (int part = 1; part <= export.parts(file); part++) {
                assertArrayEquals(zip.get(file.fileName(part)), ExportOutput.csv(export, file, part), file.fileName(part));
            }
            int beyond = export.parts(file) + 1;
            assertThrows(IllegalArgumentException.class, () -> ExportOutput.csv(export, file, beyond));
        }
        assertThrows(IllegalArgumentException.class, () -> ExportOutput.csv(export, CsvFile.FOLLOWING, 0));
        String readme = flat(ExportOutput.text(zip.get("README.txt")));
        assertTrue(readme.contains("split into 3 files"), readme);
        assertTrue(readme.contains("Never use Overwrite for the second part of a split file"), readme);
    }

    @Test
    void anIdListedTwiceAndTwoIdsSharingAnAddressGiveOneRow() {
        FakeArchiveDocument document = new FakeArchiveDocument()
                .add(Relationship.FOLLOWING, "11", "12", "11", "13");
        MastodonCsvExport export = MastodonCsvExport.prepare(document, AccountMapTest.read("""
                11,same@example.social
                12,SAME@example.social
                """), MastodonCsvOptions.defaults());
        SourceFigures following = export.figures(Source.FOLLOWING);
        assertEquals(3, following.accounts());
        assertEquals(1, following.duplicateIds());
        assertEquals(2, following.resolved());
        assertEquals(1, following.unresolved(UnresolvedReason.NO_SCREEN_NAME));
        assertEquals(1, following.rows());
        assertEquals("Account address,Show boosts,Notify on new posts,Languages\nsame@example.social,true,false,\n",
                ExportOutput.text(ExportOutput.csv(export, CsvFile.FOLLOWING, 1)));
    }

    @Test
    void ambiguousScreenNamesNeverResolveFromARealArchive() throws Exception {
        Instant earlier = Instant.parse("2021-03-01T10:00:00Z");
        Instant later = Instant.parse("2023-03-01T10:00:00Z");
        XUser samOld = XUser.of("1111111111", "sam", "Sam");
        XUser samNew = XUser.of("2222222222", "Sam", "Other Sam");
        XUser renamedBefore = XUser.of("3333333333", "kim_before", "Kim");
        XUser renamedAfter = XUser.of("3333333333", "kim_after", "Kim");
        XUser plain = XUser.of("4444444444", "lee", "Lee");
        XArchiveBuilder builder = XArchiveBuilder.g3()
                .account("1000000000000000009", "owner", "Owner", Instant.parse("2015-01-01T00:00:00Z"))
                .mentionFirst(samOld, p -> p.text("hi").at(earlier.toString()))
                .mentionFirst(samNew, p -> p.text("hello").at(later.toString()))
                .mentionFirst(renamedBefore, p -> p.text("hey").at(earlier.toString()))
                .mentionFirst(renamedAfter, p -> p.text("hey again").at(later.toString()))
                .mentionFirst(plain, p -> p.text("yo").at(later.toString()))
                .following(samOld.id(), samNew.id(), renamedAfter.id(), plain.id())
                .block("5555555555");
        try (OpenedTestArchive archive = OpenedTestArchive.of(builder, dir)) {
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), AccountMapTest.read("""
                    @sam,sam@example.social
                    kim_after,kim@example.social
                    kim_before,kimold@example.social
                    @LEE,lee@example.social
                    """), MastodonCsvOptions.defaults().withBridgeDomain("bridge.example"));
            Map<String, byte[]> zip = ExportOutput.zip(export);
            Map<String, MastodonImportRules.Parsed> parsed = ExportOutput.checkAll(zip);
            List<Object> addresses = parsed.get("following_accounts.csv").rows().stream().map(r -> r.get("acct")).toList();
            assertEquals(List.of("lee@example.social"), addresses);
            List<List<String>> unresolved = ExportOutput.checkUnresolved(zip.get("unresolved_accounts.csv"));
            assertEquals(List.of("1111111111", "2222222222", "3333333333", "5555555555"),
                    unresolved.stream().map(r -> r.get(0)).toList());
            assertEquals(List.of("ambiguous_screen_name", "ambiguous_screen_name", "ambiguous_screen_name",
                    "no_screen_name"), unresolved.stream().map(r -> r.get(4)).toList());
            assertEquals(3, export.resolver().ambiguousScreenNames());
            String readme = flat(ExportOutput.text(zip.get("README.txt")));
            assertTrue(readme.contains("BRIDGE ADDRESSES (BRIDGE.EXAMPLE)"), readme);
            assertTrue(readme.contains("0 accounts without a row in your account map got the address"), readme);
        }
    }

    @Test
    void conflictingMappingsAreUnresolvedAndLeftOutOfLists() {
        FakeArchiveDocument document = new FakeArchiveDocument().add(Relationship.FOLLOWING, "100", "200");
        document.directory.record("100", "alice", Instant.parse("2022-01-01T00:00:00Z"));
        MastodonCsvExport export = MastodonCsvExport.prepare(document, AccountMapTest.read("""
                100,alice@example.social,Friends
                @alice,alice@elsewhere.example,Friends|Work
                200,bob@example.social,Friends
                @nobody_known,carol@example.net,Work
                """), MastodonCsvOptions.defaults());
        assertEquals(UnresolvedReason.INVALID_MAPPING, export.resolver().resolve("100").reason());
        assertEquals(1, export.figures(Source.FOLLOWING).unresolved(UnresolvedReason.INVALID_MAPPING));
        assertEquals(List.of(new MastodonCsvExport.ListRow("Friends", FediverseAddress.parse("bob@example.social").address()),
                new MastodonCsvExport.ListRow("Work", FediverseAddress.parse("carol@example.net").address())),
                export.listRows());
        assertEquals(3, export.listRowsSkipped());
        assertEquals(1, export.usedMapRows());
        String readme = flat(export.importGuide());
        assertTrue(readme.contains("3 list entries were left out"), readme);
        assertTrue(readme.contains("(invalid_mapping)"), readme);
    }

    /** README.txt with its line wrapping undone. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
