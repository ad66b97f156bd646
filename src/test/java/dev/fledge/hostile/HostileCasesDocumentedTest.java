package dev.fledge.hostile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/reliability.md lists exactly the cases of the {@link HostileCorpus} with their documented answers. When a case
 * changes, paste the table this test prints on failure between the {@code hostile-cases} markers.
 */
class HostileCasesDocumentedTest {

    static final String START = "<!-- hostile-cases:start -->";
    static final String END = "<!-- hostile-cases:end -->";

    @Test
    void reliabilityDocListsEveryCaseWithItsAnswers() throws IOException {
        String doc = Files.readString(Path.of("docs/reliability.md"));
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/reliability.md lost its hostile-cases markers");
        List<String> documented = doc.substring(start + START.length(), end).lines()
                .map(String::strip).filter(line -> line.startsWith("|")).collect(Collectors.toList());
        assertEquals(table(), documented, () -> "update the table in docs/reliability.md:\n"
                + String.join("\n", table()));
    }

    /** The table rows: header, separator, one row per case. */
    static List<String> table() {
        List<String> rows = new java.util.ArrayList<>();
        rows.add("| case | upload | answer | with `strict=true` |");
        rows.add("|---|---|---|---|");
        for (HostileCase c : HostileCorpus.CASES) {
            rows.add("| `" + c.name() + "` | " + c.what().replace("|", "\\|") + " | " + c.lenient().summary() + " | "
                    + (c.strictDiffers() ? c.strict().summary() : "same") + " |");
        }
        return rows;
    }
}
