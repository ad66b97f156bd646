package dev.fledge.render.mastodoncsv;

import dev.fledge.xarchive.AccountDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolution rules: id rows first, screen names only when the directory is unambiguous, conflicts never chosen. */
class AccountResolverTest {
    private static final Instant T1 = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2022-01-01T00:00:00Z");

    private static AccountDirectory directory() {
        AccountDirectory directory = new AccountDirectory();
        directory.record("100", "alice", T1);
        directory.record("200", "Bob", T1);
        directory.record("300", "carol", T1);
        // name recycled: 400 was "dave" until 500 took it
        directory.record("400", "dave", T1);
        directory.record("400", "dave_old", T2);
        directory.record("500", "dave", T2);
        // one id, two names
        directory.record("600", "erin", T1);
        directory.record("600", "erin2", T2);
        return directory;
    }

    private static AccountResolver resolver(String map, String bridge) {
        return new AccountResolver(directory(), AccountMapTest.read(map), bridge);
    }

    @Test
    void idRowsResolveWhateverTheDirectorySays() {
        AccountResolver resolver = resolver("""
                100,alice@example.social
                400,dave@example.social
                999,nobody@example.social
                """, null);
        AccountResolver.Resolution alice = resolver.resolve("100");
        assertTrue(alice.resolved());
        assertEquals(ResolvedBy.ACCOUNT_MAP_ID, alice.resolvedBy());
        assertEquals("alice", alice.screenName());
        assertEquals(ResolvedBy.ACCOUNT_MAP_ID, resolver.resolve("400").resolvedBy(), "ambiguous name, but the id is sure");
        AccountResolver.Resolution unknown = resolver.resolve("999");
        assertEquals("nobody@example.social", unknown.address().toString());
        assertNull(unknown.screenName());
    }

    @Test
    void screenNameRowsResolveOnlyUnambiguousNames() {
        AccountResolver resolver = resolver("""
                @ALICE,alice@example.social
                dave,dave@example.social
                dave_old,daveold@example.social
                erin,erin@example.social
                erin2,erin2@example.social
                zed,zed@example.social
                """, null);
        assertEquals(ResolvedBy.ACCOUNT_MAP_SCREEN_NAME, resolver.resolve("100").resolvedBy());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("400").reason());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("500").reason());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("600").reason());
        assertEquals(UnresolvedReason.NO_MAPPING, resolver.resolve("200").reason());
        assertEquals(UnresolvedReason.NO_SCREEN_NAME, resolver.resolve("777").reason());
        assertEquals(1, resolver.unknownScreenNames());
        assertEquals(4, resolver.ambiguousScreenNames());
    }

    @Test
    void conflictingRowsResolveNothing() {
        AccountResolver resolver = resolver("""
                100,alice@example.social,Friends
                @alice,alice@elsewhere.example,Friends
                200,bob@example.social
                @bob,BOB@Example.Social
                """, null);
        AccountResolver.Resolution alice = resolver.resolve("100");
        assertFalse(alice.resolved());
        assertEquals(UnresolvedReason.INVALID_MAPPING, alice.reason());
        assertEquals(2, alice.entries().size());
        assertTrue(resolver.conflicted(resolver.map().entries().get(0)));
        assertTrue(resolver.conflicted(resolver.map().entries().get(1)));
        assertEquals(ResolvedBy.ACCOUNT_MAP_ID, resolver.resolve("200").resolvedBy(), "the same address twice is fine");
        assertFalse(resolver.conflicted(resolver.map().entries().get(2)));
        assertEquals(1, resolver.conflictingAccounts());
    }

    @Test
    void bridgeAddressesOnlyUnambiguousNamesAndComesLast() {
        AccountResolver resolver = resolver("200,bob@example.social\n", "bird.example");
        AccountResolver.Resolution alice = resolver.resolve("100");
        assertEquals(ResolvedBy.BRIDGE_DOMAIN, alice.resolvedBy());
        assertEquals("alice@bird.example", alice.address().toString());
        assertEquals(ResolvedBy.ACCOUNT_MAP_ID, resolver.resolve("200").resolvedBy());
        assertEquals("Bob", resolver.resolve("200").screenName());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("400").reason());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("500").reason());
        assertEquals(UnresolvedReason.AMBIGUOUS_SCREEN_NAME, resolver.resolve("600").reason());
        assertEquals(UnresolvedReason.NO_SCREEN_NAME, resolver.resolve("777").reason());
    }

    @Test
    void aBridgeNameThatIsNoUsernameIsAnInvalidMapping() {
        AccountDirectory directory = new AccountDirectory();
        directory.record("100", "bad.name.", T1);
        AccountResolver resolver = new AccountResolver(directory, AccountMap.none(), "bird.example");
        assertEquals(UnresolvedReason.INVALID_MAPPING, resolver.resolve("100").reason());
    }
}
