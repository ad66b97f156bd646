package dev.fledge.api;

import dev.fledge.problem.InvalidOptionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestOptionsTest {
    private static final Set<String> ALLOWED = Set.of("strict", "since", "include", "mode");

    @Test
    void unknownOptionIsRefusedByName() {
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> RequestOptions.of(Map.of("stict", List.of("true")), Map.of(), ALLOWED));
        assertEquals("stict", e.option());
        assertTrue(e.detail().contains("strict"), "the detail lists the known options");
    }

    @Test
    void queryAndFieldMustAgree() {
        assertEquals(true, RequestOptions.of(Map.of("strict", List.of("true")), Map.of("strict", List.of("true")), ALLOWED)
                .flag("strict", false));
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> RequestOptions.of(
                Map.of("strict", List.of("true")), Map.of("strict", List.of("false")), ALLOWED));
        assertEquals("strict", e.option());
    }

    @Test
    void listsAreCommaSeparatedOrRepeated() {
        RequestOptions options = RequestOptions.of(Map.of("include", List.of("likes, media", "directMessages")), Map.of(), ALLOWED);
        assertEquals(List.of("likes", "media", "directMessages"), options.list("include"));
    }

    @Test
    void singleValuedOptionGivenTwiceDifferently() {
        RequestOptions options = RequestOptions.of(Map.of("mode", List.of("a", "b")), Map.of(), ALLOWED);
        assertThrows(InvalidOptionException.class, () -> options.single("mode"));
        assertEquals("a", RequestOptions.of(Map.of("mode", List.of("a", "a")), Map.of(), ALLOWED).single("mode").orElseThrow());
    }

    @Test
    void flags() {
        assertFalse(RequestOptions.of(Map.of(), Map.of(), ALLOWED).flag("strict", false));
        assertTrue(RequestOptions.of(Map.of("strict", List.of("TRUE")), Map.of(), ALLOWED).flag("strict", false));
        assertThrows(InvalidOptionException.class,
                () -> RequestOptions.of(Map.of("strict", List.of("maybe")), Map.of(), ALLOWED).flag("strict", false));
    }

    @Test
    void datesAndDateTimes() {
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), RequestOptions.parseInstant("since", "2024-05-01"));
        assertEquals(Instant.parse("2024-05-01T12:00:00Z"), RequestOptions.parseInstant("since", "2024-05-01T12:00:00Z"));
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), RequestOptions.parseInstant("since", "2024-05-01T12:00:00+02:00"));
        assertEquals(Instant.parse("2024-05-01T12:00:00Z"), RequestOptions.parseInstant("since", "2024-05-01T12:00:00"));
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> RequestOptions.parseInstant("since", "May 1"));
        assertEquals("since", e.option());
    }

    @Test
    void choices() {
        RequestOptions options = RequestOptions.of(Map.of("mode", List.of("Fast")), Map.of(), ALLOWED);
        assertEquals("fast", options.choice("mode", Set.of("fast", "slow"), "slow"));
        assertThrows(InvalidOptionException.class, () -> options.choice("mode", Set.of("quick"), "quick"));
    }
}
