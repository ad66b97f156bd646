package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;

import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningsTest {

    @Test
    void collectsFileLineColumnAndMessage() {
        Warnings warnings = new Warnings();
        warnings.add(new FileLocation("data/like.js", 3, 7), "invalid JSON");
        warnings.add(FileLocation.of("data/tweets.js"), "missing");
        assertEquals(2, warnings.size());
        assertEquals(new ArchiveWarning("data/like.js", 3, 7, "invalid JSON"), warnings.entries().get(0));
        ArchiveWarning whole = warnings.entries().get(1);
        assertEquals("data/tweets.js", whole.file());
        assertNull(whole.line());
        assertNull(whole.column());
        assertFalse(warnings.strict());
    }

    @Test
    void strictThrowsInvalidDataFileWithTheLocation() {
        Warnings warnings = new Warnings(true);
        FileLocation at = new FileLocation("data/follower.js", 12, 4);
        FledgeException e = assertThrows(FledgeException.class, () -> warnings.add(at, "invalid JSON"));
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals(at, e.location());
        assertEquals("invalid JSON", e.detail());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void keepsAtMostTheCapAndCountsTheRest() {
        Warnings warnings = new Warnings();
        for (int i = 0; i < Warnings.MAX_KEPT + 25; i++) {
            warnings.add(FileLocation.of("f.js"), "problem");
        }
        assertEquals(Warnings.MAX_KEPT, warnings.size());
        assertEquals(25, warnings.dropped());
    }

    @Test
    void discardingSinkForgetsEverythingAndNeverThrows() {
        Warnings warnings = Warnings.discarding();
        warnings.add(FileLocation.of("f.js"), "problem");
        assertTrue(warnings.isEmpty());
        assertEquals(0, warnings.size());
    }
}
