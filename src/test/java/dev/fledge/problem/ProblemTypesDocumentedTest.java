package dev.fledge.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/errors.md lists exactly the problem types of the code, with the same status and title. */
class ProblemTypesDocumentedTest {

    @Test
    void errorsDocMatchesProblemType() throws IOException {
        String doc = Files.readString(Path.of("docs/errors.md"));
        int start = doc.indexOf("<!-- problem-types:start -->");
        int end = doc.indexOf("<!-- problem-types:end -->");
        assertTrue(start >= 0 && end > start, "docs/errors.md lost its problem-types markers");
        Set<String> documented = doc.substring(start, end).lines()
                .filter(line -> line.startsWith("| `"))
                .map(String::strip)
                .collect(Collectors.toSet());
        Set<String> expected = Stream.of(ProblemType.values())
                .map(t -> "| `" + t.uri() + "` | " + t.status() + " | " + t.title() + " |")
                .collect(Collectors.toSet());
        assertEquals(expected, documented, "update the table in docs/errors.md");
    }

    @Test
    void slugsAreUnique() {
        Set<String> slugs = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertTrue(slugs.add(type.slug()), "duplicate slug " + type.slug());
        }
    }
}
