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
 * [ … ]}, the manifest, Grailbird files): fuzzed bytes as one file, read with a fuzzed wrapper in one of its three
 * modes (row trees, streamed rows, one object), lenient then strict. Lenient may only warn, with the reader's own
 * texts located in the file; strict throws INVALID_DATA_FILE (naming the file) exactly when lenient warned, and
 * otherwise hands over the same rows; rows handed over are objects.
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
        int mode = data.consumeInt(0, 2);
        DataFileReader reader = new DataFileReader(new MemoryArchive(Map.of(PATH, data.consumeRemainingAsBytes())));
        Warnings lenient = new Warnings(false);
        long rows = read(reader, wrapper, mode, lenient);
        FuzzChecks.warnings(lenient.entries());
        lenient.entries().forEach(w -> {
            if (!PATH.equals(w.file())) {
                throw new AssertionError("warning about another file: " + w);
            }
        });
        long strictRows;
        try {
            strictRows = read(reader, wrapper, mode, new Warnings(true));
        } catch (FledgeException e) {
            FuzzChecks.problem(e, Set.of(ProblemType.INVALID_DATA_FILE));
            if (e.location() == null || !PATH.equals(e.location().file())) {
                throw new AssertionError("strict problem without the file: " + e.location());
            }
            if (lenient.isEmpty()) {
                throw new AssertionError("strict refused what the lenient reading read without a warning", e);
            }
            return;
        }
        if (!lenient.isEmpty()) {
            throw new AssertionError("strict accepted what the lenient reading warned about: " + lenient.entries());
        }
        if (strictRows != rows) {
            throw new AssertionError("strict handed over " + strictRows + " rows, lenient " + rows);
        }
    }

    /** Reads the file in one of the three modes; returns the rows handed over. */
    private static long read(DataFileReader reader, DataFileReader.Wrapper wrapper, int mode, Warnings warnings) {
        long[] rows = new long[1];
        switch (mode) {
            case 0 -> reader.forEachRow(PATH, wrapper, ROW_KEYS, warnings, (row, issues) -> {
                if (row == null || !row.isObject()) {
                    throw new AssertionError("a row that is not an object was handed over");
                }
                if (!PATH.equals(issues.file())) {
                    throw new AssertionError("row issues about another file: " + issues.file());
                }
                rows[0]++;
            });
            case 1 -> reader.forEachRowStreaming(PATH, wrapper, warnings, (parser, issues) -> {
                JsonToken token = parser.currentToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    throw new AssertionError("a row handler was called without a value: " + token);
                }
                parser.skipChildren();
                rows[0]++;
            });
            default -> rows[0] = reader.readObject(PATH, wrapper, warnings) == null ? 0 : 1;
        }
        return rows[0];
    }
}
