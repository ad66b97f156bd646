package dev.fledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the browser test script ({@code src/test/browser/page-test.mjs}, Playwright driving Debian's chromium) for one
 * scenario and hands back what it saw. Node.js 20+ and chromium are needed: without them the test is skipped with a
 * message, except in CI ({@code CI=true}), where {@code .ci/run} installs both and a missing one is a failure. The
 * npm dependencies (playwright-core, pinned in package-lock.json) are installed with {@code npm ci} into
 * {@code target/browser-node/}; an install that fails is a failure, not a skip.
 */
final class BrowserRun {
    static final Path SOURCES = Path.of("src", "test", "browser");
    static final Path NODE_PROJECT = Path.of("target", "browser-node");
    /** Screenshots, downloads and each scenario's JSON report. */
    static final Path OUTPUT = Path.of("target", "browser");
    static final Path EXAMPLE_ARCHIVE = Path.of("examples", "example-archive.zip");
    private static final Path CHROMIUM = Path.of(Optional.ofNullable(System.getenv("FLEDGE_CHROMIUM")).orElse("/usr/bin/chromium"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SCENARIO_TIMEOUT_SECONDS = 300;
    private static final long NPM_TIMEOUT_SECONDS = 600;

    private static boolean prepared;

    private BrowserRun() {
    }

    /** Runs one scenario against the service at {@code baseUrl} and answers its report (target/browser/<scenario>.json). */
    static JsonNode scenario(String scenario, String baseUrl, String... extraArguments) {
        prepare();
        List<String> command = new ArrayList<>(List.of("node", "page-test.mjs", scenario, baseUrl,
                EXAMPLE_ARCHIVE.toAbsolutePath().toString(), OUTPUT.toAbsolutePath().toString()));
        command.addAll(List.of(extraArguments));
        Path log = OUTPUT.resolve(scenario + ".log");
        Path report = OUTPUT.resolve(scenario + ".json");
        try {
            Files.deleteIfExists(report);
            Files.deleteIfExists(OUTPUT.resolve(scenario + "-failure.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process = start(command, NODE_PROJECT, log);
        int exit = waitFor(process, SCENARIO_TIMEOUT_SECONDS, "the browser scenario " + scenario);
        if (!Files.exists(report)) {
            Assertions.fail("The browser scenario " + scenario + " wrote no report (exit " + exit + "). Its output:\n"
                    + tail(log));
        }
        JsonNode result = read(report);
        if (exit != 0 || !result.path("ok").asBoolean()) {
            Assertions.fail("The browser scenario " + scenario + " failed: " + result.path("failure").asText()
                    + "\nSteps done: " + result.path("steps") + "\nSee " + OUTPUT.resolve(scenario + "-failure.png")
                    + " and " + log);
        }
        return result;
    }

    /** Checks node, chromium and the npm dependencies once per test JVM. */
    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        requirement(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM
                + " (Debian: apt-get install chromium; or set FLEDGE_CHROMIUM)");
        Optional<Integer> nodeMajor = nodeMajorVersion();
        requirement(nodeMajor.isPresent(), "node is not installed (Debian: apt-get install nodejs npm)");
        requirement(nodeMajor.get() >= 20, "node " + nodeMajor.get() + " is too old: playwright-core needs 20 or newer");
        try {
            Files.createDirectories(NODE_PROJECT);
            Files.createDirectories(OUTPUT);
            boolean lockChanged = !sameContent(SOURCES.resolve("package-lock.json"), NODE_PROJECT.resolve("package-lock.json"));
            for (String file : List.of("package.json", "package-lock.json", "page-test.mjs")) {
                Files.copy(SOURCES.resolve(file), NODE_PROJECT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (lockChanged || !Files.exists(NODE_PROJECT.resolve("node_modules/playwright-core/package.json"))) {
                Path log = OUTPUT.resolve("npm-ci.log");
                Process npm = start(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), NODE_PROJECT, log);
                int exit = waitFor(npm, NPM_TIMEOUT_SECONDS, "npm ci");
                if (exit != 0) {
                    Assertions.fail("npm ci could not install the browser test's dependencies (playwright-core, see "
                            + SOURCES.resolve("package-lock.json") + ") into " + NODE_PROJECT + "; exit " + exit
                            + ". Without network, run it once with network. Its output:\n" + tail(log));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prepared = true;
    }

    /** Skips (JUnit assumption) when a requirement is missing; in CI, where .ci/run installs them, fails instead. */
    private static void requirement(boolean met, String message) {
        String text = "Browser test not run: " + message + ".";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(met, text + " CI must run it: .ci/run installs node and chromium.");
        }
        Assumptions.assumeTrue(met, text);
    }

    private static Optional<Integer> nodeMajorVersion() {
        if (findOnPath("node").isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher matcher = Pattern.compile("v?(\\d+)\\.").matcher(version);
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return Optional.of(Path.of(folder, program));
            }
        }
        return Optional.empty();
    }

    private static Process start(List<String> command, Path directory, Path log) {
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        }
    }

    private static int waitFor(Process process, long seconds, String what) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Assertions.fail(what + " did not end within " + seconds + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        }
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.exists(b) && Files.mismatch(a, b) == -1;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
