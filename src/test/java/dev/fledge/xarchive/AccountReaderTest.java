package dev.fledge.xarchive;

import dev.fledge.model.Account;
import dev.fledge.model.ScreenNameChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.fledge.xarchive.Fixtures.join;
import static dev.fledge.xarchive.Fixtures.manifest;
import static dev.fledge.xarchive.Fixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountReaderTest {

    private final Warnings warnings = new Warnings();

    private AccountReader.Result read(InMemoryArchive archive) {
        DataFileReader reader = new DataFileReader(archive);
        ArchiveLayout layout = ArchiveLayout.detect(archive, reader, warnings);
        return AccountReader.read(layout, reader, warnings);
    }

    static final String SCREEN_NAME_CHANGES = """
            window.YTD.screen_name_change.part0 = [
              {
                "screenNameChange" : {
                  "accountId" : "52338276",
                  "screenNameChange" : {
                    "changedAt" : "2023-10-27T16:31:12.000Z",
                    "changedFrom" : "owner_mid",
                    "changedTo" : "owner_now"
                  }
                }
              },
              {
                "screenNameChange" : {
                  "accountId" : "52338276",
                  "screenNameChange" : {
                    "changedAt" : "2016-03-31T19:58:28.000Z",
                    "changedFrom" : "owner_old",
                    "changedTo" : "owner_mid"
                  }
                }
              }
            ]""";

    @Test
    void mergesEveryAccountFile() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2025-01-22T00:20:54.036Z", join(
                        type("account", "data/account.js", "account", 1),
                        type("accountTimezone", "data/account-timezone.js", "account_timezone", 1),
                        type("verified", "data/verified.js", "verified", 1),
                        type("protectedHistory", "data/protected-history.js", "protected_history", 2),
                        type("screenNameChange", "data/screen-name-change.js", "screen_name_change", 2))))
                .with("data/account.js", Fixtures.account("52338276", "owner_now", "Owner 🥘"))
                .with("data/account-timezone.js", """
                        window.YTD.account_timezone.part0 = [
                          {
                            "accountTimezone" : {
                              "accountId" : "52338276",
                              "timeZone" : "Madrid"
                            }
                          }
                        ]""")
                .with("data/verified.js", """
                        window.YTD.verified.part0 = [
                          {
                            "verified" : {
                              "accountId" : "52338276",
                              "verified" : true
                            }
                          }
                        ]""")
                .with("data/protected-history.js", """
                        window.YTD.protected_history.part0 = [
                          {
                            "protectedHistory" : {
                              "protectedAt" : "2024-12-08T06:19:00.000Z",
                              "action" : "Unprotect"
                            }
                          },
                          {
                            "protectedHistory" : {
                              "protectedAt" : "2024-10-19T05:42:07.000Z",
                              "action" : "Protect"
                            }
                          }
                        ]""")
                .with("data/screen-name-change.js", SCREEN_NAME_CHANGES);
        AccountReader.Result result = read(archive);
        Account account = result.account();
        assertEquals("52338276", account.id());
        assertEquals("owner_now", account.screenName());
        assertEquals("Owner 🥘", account.displayName());
        assertEquals(Instant.parse("2009-06-30T07:52:16Z"), account.createdAt());
        assertEquals(Boolean.FALSE, account.protectedAccount());
        assertEquals(Boolean.TRUE, account.verified());
        assertEquals("Madrid", account.timeZone());
        assertEquals(List.of(
                new ScreenNameChange(Instant.parse("2016-03-31T19:58:28Z"), "owner_old", "owner_mid"),
                new ScreenNameChange(Instant.parse("2023-10-27T16:31:12Z"), "owner_mid", "owner_now")),
                account.screenNameChanges());
        assertEquals(Instant.parse("2025-01-22T00:20:54.036Z"), result.generatedAt());
        assertTrue(warnings.isEmpty(), () -> warnings.entries().toString());
    }

    @Test
    void latestProtectActionWins() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/account.js", Fixtures.account("1", "a", "A"))
                .with("data/protected-history.js", """
                        window.YTD.protected_history.part0 = [
                          { "protectedHistory" : { "protectedAt" : "2020-01-01T00:00:00.000Z", "action" : "Unprotect" } },
                          { "protectedHistory" : { "protectedAt" : "2021-01-01T00:00:00.000Z", "action" : "Protect" } }
                        ]""");
        assertEquals(Boolean.TRUE, read(archive).account().protectedAccount());
    }

    @Test
    void manifestUserInfoIsTheFallbackWhenAccountJsIsMissing() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z",
                        type("tweets", "data/tweets.js", "tweets", 0)));
        Account account = read(archive).account();
        assertEquals("52338276", account.id());
        assertEquals("owner_now", account.screenName());
        assertEquals("Owner", account.displayName());
        assertNull(account.createdAt());
        assertNull(account.protectedAccount());
        assertNull(account.verified());
        assertNull(account.timeZone());
        assertTrue(account.screenNameChanges().isEmpty());
    }

    @Test
    void sampleVariantsWithoutTimeZoneAndWithPlaceholdersGiveNulls() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/account.js", Fixtures.account("715628873967271936", "alystyle_", "@alystyle.bsky.social"))
                .with("data/account-timezone.js", """
                        window.YTD.account_timezone.part0 = [
                          {
                            "accountTimezone" : {
                              "accountId" : "715628873967271936"
                            }
                          }
                        ]""")
                .with("data/verified.js", "window.YTD.verified.part0 = [ { \"verified\" : { } } ]");
        Account account = read(archive).account();
        assertEquals("@alystyle.bsky.social", account.displayName());
        assertNull(account.timeZone());
        assertNull(account.verified());
        assertTrue(warnings.isEmpty(), () -> warnings.entries().toString());
    }

    @Test
    void badRowsAreWarnings() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/account.js", """
                        window.YTD.account.part0 = [
                          { "account" : { "accountId" : "not-a-number", "username" : "x" } },
                          { "account" : { "accountId" : "7", "username" : "seven", "createdAt" : "yesterday" } }
                        ]""");
        Account account = read(archive).account();
        assertEquals("7", account.id());
        assertEquals("seven", account.screenName());
        assertNull(account.createdAt());
        assertEquals(2, warnings.size());
        assertEquals(2, warnings.entries().get(0).line());
        assertEquals(3, warnings.entries().get(1).line());
        assertTrue(warnings.entries().get(1).message().contains("createdAt"));
    }

    @Test
    void classicArchiveUsesUserAndPayloadDetails() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("tweets.csv", "\"tweet_id\"\n")
                .with("data/js/user_details.js", """
                        var user_details =  {
                          "screen_name" : "brenden_gerelle",
                          "full_name" : "Brenden Gerelle",
                          "bio" : "A book",
                          "id" : "854994858712354816",
                          "created_at" : "2017-04-20 09:47:14 +0000"
                        }""")
                .with("data/js/payload_details.js", """
                        var payload_details =  {
                          "tweets" : 3317,
                          "created_at" : "2019-02-08 11:27:30 +0000",
                          "lang" : "en"
                        }""");
        AccountReader.Result result = read(archive);
        assertEquals("854994858712354816", result.account().id());
        assertEquals("brenden_gerelle", result.account().screenName());
        assertEquals("Brenden Gerelle", result.account().displayName());
        assertEquals(Instant.parse("2017-04-20T09:47:14Z"), result.account().createdAt());
        assertEquals(Instant.parse("2019-02-08T11:27:30Z"), result.generatedAt());
        assertEquals("A book", result.classicBio());
    }

    @Test
    void ownerPairingsFeedEveryNameWithItsDate() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/account.js", Fixtures.account("52338276", "owner_now", "Owner"))
                .with("data/screen-name-change.js", SCREEN_NAME_CHANGES);
        Account account = read(archive).account();
        Instant generated = Instant.parse("2025-01-22T00:00:00Z");
        assertEquals(List.of(
                new XArchiveReader.Pairing("52338276", "owner_old", Instant.parse("2016-03-31T19:58:27.999Z")),
                new XArchiveReader.Pairing("52338276", "owner_mid", Instant.parse("2016-03-31T19:58:28Z")),
                new XArchiveReader.Pairing("52338276", "owner_mid", Instant.parse("2023-10-27T16:31:11.999Z")),
                new XArchiveReader.Pairing("52338276", "owner_now", Instant.parse("2023-10-27T16:31:12Z")),
                new XArchiveReader.Pairing("52338276", "owner_now", generated)),
                XArchiveReader.ownerPairings(account, generated));
    }
}
