package dev.fledge.xarchive.posts;

import dev.fledge.model.KnownAccount;

import dev.fledge.xarchive.AccountDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id ↔ screen name rules of {@link AccountDirectory}. */
class AccountDirectoryTest {

    private static final Instant JAN = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void minusOneAndBlanksAreIgnored() {
        AccountDirectory d = new AccountDirectory();
        d.record("-1", "ghost", JAN);
        d.record("", "x", JAN);
        d.record("5", " ", JAN);
        d.record(null, "x", JAN);
        assertEquals(0, d.size());
        assertTrue(d.byScreenName("ghost").isEmpty());
    }

    @Test
    void newestPairingWinsWhateverTheCallOrder() {
        AccountDirectory d = new AccountDirectory();
        d.record("7", "newname", JUN);
        d.record("7", "oldname", JAN);
        d.record("7", "undated", null);
        KnownAccount entry = d.byId("7").orElseThrow();
        assertEquals("newname", entry.screenName());
        assertEquals(JUN, entry.lastSeen());
        assertTrue(entry.ambiguous(), "one id, several names");
        assertEquals("7", d.byScreenName("OldName").orElseThrow().id());
    }

    @Test
    void namesCompareCaseInsensitivelyAndKeepTheirSpelling() {
        AccountDirectory d = new AccountDirectory();
        d.record("9", "Alice", JAN);
        d.record("9", "@alice", JUN);
        KnownAccount entry = d.byId("9").orElseThrow();
        assertFalse(entry.ambiguous());
        assertEquals("alice", entry.screenName());
        assertEquals("9", d.byScreenName("ALICE").orElseThrow().id());
        assertEquals(1, d.size());
    }

    @Test
    void aRecycledNameIsAmbiguousAndResolvesToTheNewestHolder() {
        AccountDirectory d = new AccountDirectory();
        d.record("1", "handle", JAN);
        d.record("2", "handle", JUN);
        KnownAccount byName = d.byScreenName("handle").orElseThrow();
        assertEquals("2", byName.id());
        assertTrue(byName.ambiguous());
        assertTrue(d.byId("1").orElseThrow().ambiguous());
        assertEquals(2, d.size());
    }

    @Test
    void undatedPairingsOnlyFillGaps() {
        AccountDirectory d = new AccountDirectory();
        d.record("3", "first", null);
        d.record("3", "second", null);
        assertEquals("second", d.byId("3").orElseThrow().screenName(), "between undated ones the later call wins");
        assertEquals(null, d.byId("3").orElseThrow().lastSeen());
        d.record("3", "dated", JAN);
        d.record("3", "late-undated", null);
        assertEquals("dated", d.byId("3").orElseThrow().screenName());
    }
}
