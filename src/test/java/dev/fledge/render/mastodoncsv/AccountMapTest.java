package dev.fledge.render.mastodoncsv;

import dev.fledge.problem.InvalidOptionException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the uploaded account map: the accepted shapes, and one 400 listing every bad line without its content. */
class AccountMapTest {

    static AccountMap read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), AccountMap.Limits.defaults());
    }

    static AccountMap read(byte[] bytes, AccountMap.Limits limits) {
        return AccountMap.read(new ByteArrayInputStream(bytes), limits);
    }

    static InvalidOptionException refused(String text) {
        InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> read(text));
        assertEquals("accountMap", e.option());
        return e;
    }

    @Test
    void readsIdsScreenNamesAddressesAndLists() {
        AccountMap map = read("""
                x,fediverse,list
                12345,alice@example.social,Close friends
                @Bob_B,@bob@mastodon.example,"Close friends|News, tech"
                carol,carol@example.net,
                """);
        assertTrue(map.given());
        assertEquals(3, map.size());
        AccountMap.Entry alice = map.byId("12345").orElseThrow();
        assertEquals(2, alice.line());
        assertEquals("alice@example.social", alice.address().toString());
        assertEquals(List.of("Close friends"), alice.lists());
        AccountMap.Entry bob = map.byScreenName("bob_b").orElseThrow();
        assertNull(bob.xId());
        assertEquals("Bob_B", bob.screenName());
        assertEquals("bob@mastodon.example", bob.address().toString());
        assertEquals(List.of("Close friends", "News, tech"), bob.lists());
        assertTrue(map.byScreenName("CAROL").isPresent());
        assertTrue(map.byId("carol").isEmpty());
    }

    @Test
    void headerIsOptionalAndBomCrlfBlankLinesAreTolerated() {
        AccountMap map = read("\uFEFF12345,alice@example.social\r\n\r\n@123,num@example.social\r\n  \r\n");
        assertEquals(2, map.size());
        assertTrue(map.byId("12345").isPresent());
        assertTrue(map.byScreenName("123").isPresent(), "@123 is a screen name made of digits");
        assertEquals(3, map.byScreenName("123").orElseThrow().line());
        assertEquals(0, read("X,Fediverse\n").size());
        assertEquals(0, read("").size());
        assertTrue(read("").given());
        assertFalse(AccountMap.none().given());
    }

    @Test
    void sameAccountTwiceWithTheSameAddressIsMerged() {
        AccountMap map = read("""
                12345,alice@example.social,A
                12345,@Alice@Example.social,B|A
                """);
        assertEquals(1, map.size());
        assertEquals(List.of("A", "B"), map.byId("12345").orElseThrow().lists());
    }

    @Test
    void everyBadLineIsListedWithItsReasonAndNoContent() {
        InvalidOptionException e = refused("""
                x,fediverse,list
                12345,alice@example.social
                @secretname,secretname
                67890,@bob
                ,carol@example.net
                !!!,dave@example.net
                12345,other@example.social
                11111,erin@example.social,A||B
                22222,frank@example.social,A,extra
                33333
                44444,gus@exa mple.org
                """);
        String detail = e.detail();
        assertTrue(detail.startsWith("accountMap has 9 invalid rows"), detail);
        for (String expected : List.of("line 3: the fediverse address has no domain", "line 4: the fediverse address has no domain",
                "line 5: the x column is empty", "line 6: the x column is neither", "line 7: names the same X account as line 2",
                "line 8: a list name is empty", "line 9: expected 2 or 3 columns", "line 10: the fediverse column is missing",
                "line 11: the fediverse address contains a space")) {
            assertTrue(detail.contains(expected), expected + " in " + detail);
        }
        for (String content : List.of("secretname", "bob", "carol", "dave", "other@", "erin", "frank", "gus", "exa mple")) {
            assertFalse(detail.contains(content), "the detail quotes no content: " + content);
        }
    }

    @Test
    void manyBadLinesAreCountedBeyondTheListedOnes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < AccountMap.MAX_LISTED_PROBLEMS + 7; i++) {
            text.append(i + 1).append(",nobody\n");
        }
        String detail = refused(text.toString()).detail();
        assertTrue(detail.contains("57 invalid rows"), detail);
        assertTrue(detail.contains("line 50:"), detail);
        assertFalse(detail.contains("line 51:"), detail);
        assertTrue(detail.contains("and 7 more"), detail);
    }

    @Test
    void malformedCsvNamesTheLine() {
        String detail = refused("12345,alice@example.social\n\"67890,bob@example.social\n").detail();
        assertTrue(detail.contains("not valid CSV at line 2"), detail);
        assertTrue(detail.contains("not closed"), detail);
        String stray = refused("12345,alice@example.social\n\"67890\"x,bob@example.social\n").detail();
        assertTrue(stray.contains("line 2") && stray.contains("quote"), stray);
    }

    @Test
    void notUtf8IsRefused() {
        byte[] latin1 = "12345,caf\u00e9@example.social\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidOptionException e = assertThrows(InvalidOptionException.class,
                () -> read(latin1, AccountMap.Limits.defaults()));
        assertTrue(e.detail().contains("not UTF-8"), e.detail());
    }

    @Test
    void limitsAreEnforced() {
        byte[] three = "1,a@b.example\n2,c@d.example\n3,e@f.example\n".getBytes(StandardCharsets.UTF_8);
        InvalidOptionException rows = assertThrows(InvalidOptionException.class,
                () -> read(three, new AccountMap.Limits(2, 1000)));
        assertTrue(rows.detail().contains("more than 2 rows"), rows.detail());
        InvalidOptionException bytes = assertThrows(InvalidOptionException.class,
                () -> read(three, new AccountMap.Limits(10, 20)));
        assertTrue(bytes.detail().contains("larger than this server accepts (20 bytes)"), bytes.detail());
        assertEquals(3, read(three, new AccountMap.Limits(3, three.length)).size());
    }
}
