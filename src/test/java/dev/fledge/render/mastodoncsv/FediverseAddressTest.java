package dev.fledge.render.mastodoncsv;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Addresses are user@domain with a real domain; a bare or malformed name never becomes an address. */
class FediverseAddressTest {

    @Test
    void acceptsAddressesAsPeopleWriteThem() {
        Map<String, String> written = Map.of(
                "alice@example.social", "alice@example.social",
                "@alice@example.social", "alice@example.social",
                "  alice@Example.Social ", "alice@example.social",
                "Alice_B@mastodon.example", "Alice_B@mastodon.example",
                "user.bsky.social@bsky.brid.gy", "user.bsky.social@bsky.brid.gy",
                "kim@bücher.example", "kim@bücher.example",
                "x-y@a-b.example.org", "x-y@a-b.example.org");
        written.forEach((text, expected) -> {
            FediverseAddress.Parsed parsed = FediverseAddress.parse(text);
            assertTrue(parsed.valid(), text + ": " + parsed.problem());
            assertEquals(expected, parsed.address().toString());
            assertFalse(parsed.address().toString().startsWith("@"));
        });
    }

    @Test
    void refusesWhatIsNotUserAtDomain() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("jack", "no domain"),
                Map.entry("@somebody", "no domain"),
                Map.entry("", "empty"),
                Map.entry("@", "no domain"),
                Map.entry("alice@", "domain"),
                Map.entry("@alice@", "domain"),
                Map.entry("@@alice@example.social", "more than one"),
                Map.entry("@example.social", "no domain"),
                Map.entry("x@@", "more than one"),
                Map.entry("@x@", "domain of the fediverse address is empty"),
                Map.entry("alice@@example.social", "more than one"),
                Map.entry("alice@example", "no dot"),
                Map.entry("alice@exa mple.social", "space"),
                Map.entry("al ice@example.social", "space"),
                Map.entry("alice@example.social:443", "port"),
                Map.entry("alice@192.168.0.1", "IP address"),
                Map.entry("alice@example..social", "empty part"),
                Map.entry("alice@-example.social", "not a valid host name"),
                Map.entry("https://example.social/@alice", "not a link"),
                Map.entry("acct:alice@example.social", "not a link"),
                Map.entry("ali!ce@example.social", "user name"),
                Map.entry("alice.@example.social", "user name"),
                Map.entry("alice@example.social.", "empty part"));
        refused.forEach((text, reason) -> {
            FediverseAddress.Parsed parsed = FediverseAddress.parse(text);
            assertFalse(parsed.valid(), text);
            assertNull(parsed.address());
            assertTrue(parsed.problem().contains(reason), text + ": " + parsed.problem());
            if (text.length() > 3) {
                assertFalse(parsed.problem().contains(text.strip()), "the problem never quotes the value");
            }
        });
    }

    @Test
    void domainRulesAloneForBridges() {
        for (String good : List.of("bird.example", "bsky.brid.gy", "xn--bcher-kva.example", "bücher.example")) {
            assertTrue(FediverseAddress.domainProblem(good).isEmpty(), good);
        }
        for (String bad : List.of("", "localhost", "bird example.org", "bird.example:8080", "10.0.0.1", "a..b",
                "@bird.example", "bird.example/path", "-bird.example", "x".repeat(64) + ".example")) {
            assertTrue(FediverseAddress.domainProblem(bad).isPresent(), bad);
        }
    }

    @Test
    void screenNamesAreUsernames() {
        assertTrue(FediverseAddress.of("jack_01", "bird.example").isPresent());
        assertTrue(FediverseAddress.of("jack", "nodot").isEmpty());
        assertTrue(FediverseAddress.of("", "bird.example").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new FediverseAddress("jack", "localhost"));
        assertEquals("jack@bird.example", FediverseAddress.of("Jack", "bird.example").orElseThrow().key());
    }
}
