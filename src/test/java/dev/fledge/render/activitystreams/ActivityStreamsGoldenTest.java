package dev.fledge.render.activitystreams;

import dev.fledge.render.activitypub.GoldenFiles;
import dev.fledge.render.activitypub.TestArchives;
import dev.fledge.testkit.ExampleArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The ActivityStreams ZIP of the example archive (default options, page size 5 so that the outbox has several pages)
 * against {@code src/test/resources/golden/activitystreams/}. Regenerate after an intended change:
 * {@code ./mvnw -o -q test -Dtest=ActivityStreamsGoldenTest -Dfledge.golden.update=true}, then review the diff.
 */
class ActivityStreamsGoldenTest {

    @Test
    void exampleArchive(@TempDir Path dir) {
        TestArchives.Source example = new TestArchives.Source("example",
                TestArchives.write(ExampleArchive.build(), dir, "example"));
        GoldenFiles.check(ActivityStreamsArchives.convert(example, dir, ActivityStreamsArchives.options(null, 5)),
                "activitystreams");
    }
}
