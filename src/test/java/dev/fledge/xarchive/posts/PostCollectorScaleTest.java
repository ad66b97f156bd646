package dev.fledge.xarchive.posts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 1,000,000 posts through the collector in a JVM limited to 256 MB of heap. */
class PostCollectorScaleTest {

    @Test
    void aMillionPostsFitInASmallHeap() throws IOException, InterruptedException {
        Path dir = Fixtures.tempDir();
        try {
            String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(javaBinary, "-Xmx256m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    PostCollectorScaleRun.class.getName(), "1000000", dir.toString())
                    .redirectErrorStream(true);
            Process process = builder.start();
            boolean finished = process.waitFor(5, TimeUnit.MINUTES);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }
            System.out.println("[scale] " + output.strip());
            assertTrue(finished, "did not finish in 5 minutes");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("OK"), output);
            try (var left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "spool deleted on close");
            }
        } finally {
            Fixtures.delete(dir);
        }
    }
}
