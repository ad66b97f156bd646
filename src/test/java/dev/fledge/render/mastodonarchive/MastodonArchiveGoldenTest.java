package dev.fledge.render.mastodonarchive;

import dev.fledge.render.activitypub.GoldenFiles;
import dev.fledge.render.activitypub.TestArchives;
import dev.fledge.testkit.ExampleArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The Mastodon archive of the example archive (default options) against {@code src/test/resources/golden/
 * mastodon-archive/}. Regenerate after an intended change:
 * {@code ./mvnw -o -q test -Dtest=MastodonArchiveGoldenTest -Dfledge.golden.update=true}, then review the diff.
 */
class MastodonArchiveGoldenTest {

    @Test
    void exampleArchive(@TempDir Path dir) {
        TestArchives.Source example = new TestArchives.Source("example",
                TestArchives.write(ExampleArchive.build(), dir, "example"));
        GoldenFiles.check(MastodonArchives.convert(example, dir, MastodonArchives.DEFAULTS), "mastodon-archive");
    }
}
