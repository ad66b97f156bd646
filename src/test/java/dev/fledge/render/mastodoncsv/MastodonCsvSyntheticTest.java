package dev.fledge.render.mastodoncsv;

import dev.fledge.testkit.SyntheticArchiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated archive (2,000 posts: 100 followed, 4 blocked, 2 muted accounts, six list URLs) with a map covering
 * half of the followed accounts: exactly those resolve, the rest are unresolved with a reason, every file passes
 * Mastodon's parsing rules. {@link MastodonCsvScaleRun} does the same at 100,000 posts and prints the figures.
 */
class MastodonCsvSyntheticTest {

    @Test
    void halfOfTheFollowedAccountsResolve(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("synthetic.zip");
        new SyntheticArchiveGenerator(2_000, 7).writeTo(zip);
        try (OpenedTestArchive archive = OpenedTestArchive.open(zip)) {
            HalfFollowingMap map = HalfFollowingMap.of(archive.document());
            MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), AccountMapTest.read(map.csv),
                    MastodonCsvOptions.defaults());
            SourceFigures following = export.figures(Source.FOLLOWING);
            assertEquals(map.rows, following.resolved());
            assertEquals(map.rows, following.rows());
            assertEquals(following.accounts() - map.rows, following.unresolved());
            assertEquals(map.rows - map.byScreenName, following.resolved(ResolvedBy.ACCOUNT_MAP_ID));
            assertEquals(map.byScreenName, following.resolved(ResolvedBy.ACCOUNT_MAP_SCREEN_NAME));
            assertTrue(map.byScreenName > 0, "the generated archive names some followed accounts");
            for (Source source : new Source[]{Source.BLOCK, Source.MUTE}) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                archive.document().forEachRelatedAccount(source.relationship(), a -> ids.add(a.accountId()));
                long expected = ids.stream().filter(map.coveredIds::contains).count();
                assertEquals(expected, export.figures(source).resolved(), source.name());
                assertEquals(ids.size() - expected, export.figures(source).unresolved(), source.name());
            }
            assertEquals(map.rows, export.usedMapRows());
            Map<String, byte[]> files = ExportOutput.zip(export);
            ExportOutput.checkAll(files);
            assertEquals(export.unresolvedTotal(), ExportOutput.checkUnresolved(files.get("unresolved_accounts.csv")).size());
            assertEquals(3, export.xLists().size(), "created and subscribed list URLs are named");
            assertEquals(3, export.xListCount(dev.fledge.model.UserListRelation.MEMBER));
        }
    }
}
