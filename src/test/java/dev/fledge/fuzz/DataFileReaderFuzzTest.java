package dev.fledge.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonToken;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import dev.fledge.xarchive.DataFileReader;
import dev.fledge.xarchive.Warnings;

import java.util.Map;
import java.util.Set;

/**
 * Fuzzes {@link DataFileReader}, the reader of the JavaScript-wrapped JSON files ({@code window.YTD.<type>.partN =
 * [ … ]}, the manifest, Grailbird files): fuzzed bytes as one file, read with a fuzzed wrapper, in one of its three
 * modes (row trees, streamed rows, one object), lenient or strict. It may only report warnings (lenient) or throw
 * INVALID_DATA_FILE (strict); rows it hands over are objects; warnings are the reader's own texts with a location
 * inside the file.
 *
 * <p>Regression mode replays {@code DataFileReaderFuzzTestInputs/readDataFile/}; fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=DataFileReaderFuzzTest}.
 */
class DataFileReaderFuzzTest {

    private static final String PATH = "data/tweets.js";
    private static final Set<String> ROW_KEYS = Set.of("tweet", "like");

    @FuzzTest(maxDuration = "60s")
    void readDataFile(FuzzedDataProvider data) {
        DataFileReader.Wrapper wrapper = data.pickValue(DataFileReader.Wrapper.values());
        boolean strict = data.consumeBoolean();
        int mode = data.consumeInt(0, 2);
        byte[] content = data.consumeRemainingAsBytes();
        DataFileReader reader = new DataFileReader(new MemoryArchive(Map.of(PATH, content)));
        Warnings warnings = new Warnings(strict);
        try {
            switch (mode) {
                case 0 -> reader.forEachRow(PATH, wrapper, ROW_KEYS, warnings, (row, issues) -> {
                    if (row == null || !row.isObject()) {
                        throw new AssertionError("a row that is not an object was handed over");
                    }
                    if (!PATH.equals(issues.file())) {
                        throw new AssertionError("row issues about another file: " + issues.file());
                    }
                });
                case 1 -> reader.forEachRowStreaming(PATH, wrapper, warnings, (parser, issues) -> {
                    JsonToken token = parser.currentToken();
                    if (token == null || token == JsonToken.END_ARRAY) {
                        throw new AssertionError("a row handler was called without a value: " + token);
                    }
                    parser.skipChildren();
                });
                default -> reader.readObject(PATH, wrapper, warnings);
            }
        } catch (FledgeException e) {
            if (!strict) {
                throw new AssertionError("a lenient reading threw " + e.type(), e);
            }
            FuzzChecks.problem(e, Set.of(ProblemType.INVALID_DATA_FILE));
            if (e.location() == null || !PATH.equals(e.location().file())) {
                throw new AssertionError("strict problem without the file: " + e.location());
            }
            return;
        }
        FuzzChecks.warnings(warnings.entries());
        warnings.entries().forEach(w -> {
            if (!PATH.equals(w.file())) {
                throw new AssertionError("warning about another file: " + w);
            }
        });
    }
}
