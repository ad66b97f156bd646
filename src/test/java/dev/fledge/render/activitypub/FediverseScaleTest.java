package dev.fledge.render.activitypub;

import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.SyntheticArchiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A synthetic archive of 1,000,000 posts converted to the Mastodon archive and to ActivityStreams in a JVM limited to
 * 256 MB of heap ({@link FediverseScaleRun}); prints time and peak heap. Slow (minutes), so it runs only with
 * {@code -Dfledge.bigtests=true}; {@code -Dfledge.bigtests.posts=N} changes the size.
 */
class FediverseScaleTest {

    @Test
    void aMillionPostsConvertInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Boolean.getBoolean("fledge.bigtests"), "big test: run with -Dfledge.bigtests=true");
        int posts = Integer.getInteger("fledge.bigtests.posts", 1_000_000);
        Path archive = dir.resolve("synthetic.zip");
        long started = System.nanoTime();
        ArchiveFacts facts = new SyntheticArchiveGenerator(posts, 42).writeTo(archive);
        System.out.printf("[scale] generated %d posts in %.1f s%n", facts.posts(), (System.nanoTime() - started) / 1e9);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), FediverseScaleRun.class.getName(), archive.toString(),
                dir.toString()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        boolean finished = process.waitFor(30, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        reader.join(10_000);
        System.out.println("[scale] " + output.toString().strip().replace("\n", "\n[scale] "));
        assertTrue(finished, "did not finish in 30 minutes");
        assertEquals(0, process.exitValue(), output.toString());
        assertTrue(output.toString().contains("OK"), output.toString());
    }
}
