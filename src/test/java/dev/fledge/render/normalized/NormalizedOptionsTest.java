package dev.fledge.render.normalized;

import dev.fledge.problem.InvalidOptionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static dev.fledge.render.normalized.NormalizedKind.DIRECT_MESSAGES;
import static dev.fledge.render.normalized.NormalizedKind.LIKES;
import static dev.fledge.render.normalized.NormalizedKind.MEDIA;
import static dev.fledge.render.normalized.NormalizedKind.POSTS;
import static dev.fledge.render.normalized.NormalizedKind.REPLIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** include/exclude/since/until as the route passes them: defaults, precedence, and the 400s naming the option. */
class NormalizedOptionsTest {
    private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void defaultIsEverythingButDirectMessages() {
        NormalizedOptions options = NormalizedOptions.of(List.of(), List.of(), null, null);
        assertEquals(EnumSet.complementOf(EnumSet.of(DIRECT_MESSAGES)), options.kinds());
        assertEquals(options, NormalizedOptions.defaults());
        assertFalse(options.includes(DIRECT_MESSAGES));
    }

    @Test
    void includeAddsExcludeRemovesAndWins() {
        assertTrue(NormalizedOptions.of(List.of("directMessages"), List.of(), null, null).includes(DIRECT_MESSAGES));
        NormalizedOptions both = NormalizedOptions.of(List.of("directMessages", "likes"), List.of("directMessages", "media"),
                null, null);
        assertFalse(both.includes(DIRECT_MESSAGES));
        assertFalse(both.includes(MEDIA));
        assertTrue(both.includes(LIKES));
        NormalizedOptions onlyReplies = NormalizedOptions.of(List.of(), List.of("posts", "retweets"), null, null);
        assertTrue(onlyReplies.anyPosts());
        assertFalse(onlyReplies.includes(POSTS));
        assertTrue(onlyReplies.includes(REPLIES));
        assertFalse(NormalizedOptions.of(List.of(), List.of("posts", "replies", "retweets"), null, null).anyPosts());
    }

    @Test
    void kindNamesAreCaseInsensitive() {
        assertTrue(NormalizedOptions.of(List.of("DIRECTMESSAGES"), List.of(), null, null).includes(DIRECT_MESSAGES));
        assertFalse(NormalizedOptions.of(List.of(), List.of("Likes"), null, null).includes(LIKES));
    }

    @Test
    void unknownKindIsA400NamingTheOption() {
        InvalidOptionException include = assertThrows(InvalidOptionException.class,
                () -> NormalizedOptions.of(List.of("likes", "dms"), List.of(), null, null));
        assertEquals("include", include.option());
        assertTrue(include.detail().contains("'dms'"), include.detail());
        assertTrue(include.detail().contains("directMessages"), include.detail());
        assertEquals("exclude", assertThrows(InvalidOptionException.class,
                () -> NormalizedOptions.of(List.of(), List.of("photos"), null, null)).option());
    }

    @Test
    void untilMustBeLaterThanSince() {
        assertEquals("until", assertThrows(InvalidOptionException.class,
                () -> NormalizedOptions.of(List.of(), List.of(), JUNE, MAY)).option());
        assertEquals("until", assertThrows(InvalidOptionException.class,
                () -> NormalizedOptions.of(List.of(), List.of(), MAY, MAY)).option());
        NormalizedOptions.of(List.of(), List.of(), MAY, JUNE);
    }

    @Test
    void windowIncludesSinceAndExcludesUntil() {
        NormalizedOptions may = NormalizedOptions.of(List.of(), List.of(), MAY, JUNE);
        assertTrue(may.inWindow(MAY));
        assertTrue(may.inWindow(JUNE.minusMillis(1)));
        assertFalse(may.inWindow(JUNE));
        assertFalse(may.inWindow(MAY.minusMillis(1)));
        assertFalse(may.inWindow(null), "undated items are left out of a window");
        assertTrue(NormalizedOptions.defaults().inWindow(null), "without a window nothing is left out");
        assertTrue(NormalizedOptions.of(List.of(), List.of(), MAY, null).inWindow(Instant.MAX));
        assertTrue(NormalizedOptions.of(List.of(), List.of(), null, JUNE).inWindow(Instant.EPOCH));
    }
}
