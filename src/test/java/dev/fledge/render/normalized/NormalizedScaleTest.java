package dev.fledge.render.normalized;

import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.SyntheticArchiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory stays bounded: a synthetic archive is converted to the normalized JSON document (every kind, direct
 * messages included) in a JVM limited to a small heap, while the output is parsed as it streams
 * ({@link NormalizedScaleRun}). The 1,000,000-post run takes minutes (most of it writing the archive), so it runs
 * only with {@code -Dfledge.bigtests=true}; a 20,000-post run in a 32 MB heap runs always.
 */
class NormalizedScaleTest {

    @Test
    void twentyThousandPostsIn32MegabytesOfHeap() throws Exception {
        run(20_000, "-Xmx32m");
    }

    @Test
    @EnabledIfSystemProperty(named = "fledge.bigtests", matches = "true")
    void aMillionPostsIn256MegabytesOfHeap() throws Exception {
        run(1_000_000, "-Xmx256m");
    }

    private static void run(int posts, String heap) throws IOException, InterruptedException {
        Path dir = Conversions.tempDir();
        try {
            Path zip = dir.resolve("synthetic.zip");
            Path spool = Files.createDirectories(dir.resolve("spool"));
            long generating = System.nanoTime();
            ArchiveFacts facts = new SyntheticArchiveGenerator(posts, 42).writeTo(zip);
            double generationSeconds = (System.nanoTime() - generating) / 1e9;
            String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(javaBinary, heap, "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), NormalizedScaleRun.class.getName(),
                    zip.toString(), spool.toString(), Long.toString(facts.posts()))
                    .redirectErrorStream(true).start();
            boolean finished = process.waitFor(15, TimeUnit.MINUTES);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }
            System.out.printf(Locale.ROOT, "[normalized scale] %s heap, archive %.0f MB written in %.1fs; %s%n", heap,
                    Files.size(zip) / 1e6, generationSeconds, output.strip());
            assertTrue(finished, "did not finish in 15 minutes");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("OK"), output);
            try (var left = Files.list(spool)) {
                assertEquals(List.of(), left.toList(), "spool deleted on close");
            }
        } finally {
            Conversions.delete(dir);
        }
    }
}
