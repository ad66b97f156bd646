package dev.fledge.xarchive;

import dev.fledge.model.Like;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.UserList;
import dev.fledge.model.UserListRelation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Likes, relationships and lists: streamed row by row, re-readable, counted. */
class StreamedTypeReadersTest {

    private final Warnings warnings = new Warnings();

    private record Read(InMemoryArchive archive, ArchiveLayout layout, DataFileReader reader) {
    }

    private Read open(InMemoryArchive archive) {
        DataFileReader reader = new DataFileReader(archive);
        return new Read(archive, ArchiveLayout.detect(archive, reader, warnings), reader);
    }

    @Test
    void likesWithAndWithoutFullTextUnescapedOnce() {
        Read read = open(new InMemoryArchive().with("data/tweets.js", Fixtures.emptyFile("tweets")).with("data/like.js", """
                window.YTD.like.part0 = [
                  {
                    "like" : {
                      "tweetId" : "1881690108694536432",
                      "fullText" : "fish &amp; chips &lt;3 &amp;lt;",
                      "expandedUrl" : "https://twitter.com/i/web/status/1881690108694536432"
                    }
                  },
                  {
                    "like" : {
                      "tweetId" : "1804183208512389476",
                      "expandedUrl" : "https://twitter.com/i/web/status/1804183208512389476"
                    }
                  },
                  {
                    "like" : {
                      "tweetId" : "not an id"
                    }
                  }
                ]"""));
        List<Like> likes = new ArrayList<>();
        long count = LikeReader.forEach(read.layout(), read.reader(), warnings, likes::add);
        assertEquals(2, count);
        assertEquals(new Like("1881690108694536432", "https://twitter.com/i/web/status/1881690108694536432",
                "fish & chips <3 &lt;"), likes.get(0));
        assertEquals(new Like("1804183208512389476", "https://twitter.com/i/web/status/1804183208512389476", null),
                likes.get(1));
        assertEquals(1, warnings.size());
        assertEquals(15, warnings.entries().get(0).line()); // where the third row starts
    }

    @Test
    void likesAreReReadFromTheArchiveEachTime() {
        Read read = open(new InMemoryArchive().with("like.js", Fixtures.emptyFile("like"))
                .with("tweet.js", Fixtures.emptyFile("tweet"))
                .with("like-part1.js", "window.YTD.like.part1 = [ { \"like\" : { \"tweetId\" : \"5\" } } ]"));
        assertEquals(1, LikeReader.forEach(read.layout(), read.reader(), warnings, like -> { }));
        assertEquals(1, LikeReader.forEach(read.layout(), read.reader(), warnings, like -> { }));
        assertEquals(2, read.archive().openCount("like-part1.js"));
    }

    @Test
    void relationshipsUseTheirOwnRowKeys() {
        Read read = open(new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/follower.js", Fixtures.follower("follower", "follower", "1856061107057643521", "2"))
                .with("data/following.js", Fixtures.follower("following", "following", "3"))
                .with("data/block.js", Fixtures.follower("block", "blocking", "4", "5", "6"))
                .with("data/mute.js", Fixtures.follower("mute", "muting", "7")));
        List<RelatedAccount> followers = new ArrayList<>();
        assertEquals(2, RelationshipReader.forEach(Relationship.FOLLOWER, read.layout(), read.reader(), warnings,
                followers::add));
        assertEquals(new RelatedAccount("1856061107057643521",
                "https://twitter.com/intent/user?user_id=1856061107057643521"), followers.get(0));
        assertEquals(1, RelationshipReader.forEach(Relationship.FOLLOWING, read.layout(), read.reader(), warnings,
                a -> { }));
        List<String> blocked = new ArrayList<>();
        assertEquals(3, RelationshipReader.forEach(Relationship.BLOCKED, read.layout(), read.reader(), warnings,
                a -> blocked.add(a.accountId())));
        assertEquals(List.of("4", "5", "6"), blocked);
        assertEquals(1, RelationshipReader.forEach(Relationship.MUTED, read.layout(), read.reader(), warnings,
                a -> { }));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void bareRowsWithoutUserLinkGetTheLinkXWrites() {
        Read read = open(new InMemoryArchive().with("tweet.js", Fixtures.emptyFile("tweet"))
                .with("follower.js", "window.YTD.follower.part0 = [ { \"accountId\" : \"42\" }, { \"accountId\" : \"-1\" } ]"));
        List<RelatedAccount> rows = new ArrayList<>();
        RelationshipReader.forEach(Relationship.FOLLOWER, read.layout(), read.reader(), warnings, rows::add);
        assertEquals(List.of(new RelatedAccount("42", "https://twitter.com/intent/user?user_id=42")), rows);
        assertEquals(1, warnings.size());
        assertTrue(warnings.entries().get(0).message().contains("accountId"));
    }

    @Test
    void listsAcceptUrlAndTheOlderUrlsArray() {
        Read read = open(new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/lists-created.js", """
                        window.YTD.lists_created.part0 = [
                          {
                            "userListInfo" : {
                              "url" : "https://twitter.com/alystyle_/lists/1846969235551277401"
                            }
                          }
                        ]""")
                .with("data/lists-member.js", """
                        window.YTD.lists_member.part0 = [ {
                          "userListInfo" : {
                            "urls" : [ "https://twitter.com/JuanRibas/lists/games1", "https://twitter.com/a/lists/b" ]
                          }
                        } ]""")
                .with("data/lists-subscribed.js", "window.YTD.lists_subscribed.part0 = [ ]"));
        List<UserList> lists = new ArrayList<>();
        assertEquals(3, UserListReader.forEach(read.layout(), read.reader(), warnings, lists::add));
        assertEquals(List.of(
                new UserList(UserListRelation.CREATED, "https://twitter.com/alystyle_/lists/1846969235551277401"),
                new UserList(UserListRelation.MEMBER, "https://twitter.com/JuanRibas/lists/games1"),
                new UserList(UserListRelation.MEMBER, "https://twitter.com/a/lists/b")), lists);
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aBrokenPartDoesNotStopTheNextPart() {
        Read read = open(new InMemoryArchive()
                .with("data/tweets.js", Fixtures.emptyFile("tweets"))
                .with("data/follower.js", "window.YTD.follower.part0 = [\n  { \"follower\" : { \"accountId\" : \"1\" } },\n  {")
                .with("data/follower-part1.js", Fixtures.follower("follower", "follower", "2", "3")));
        List<String> ids = new ArrayList<>();
        assertEquals(3, RelationshipReader.forEach(Relationship.FOLLOWER, read.layout(), read.reader(), warnings,
                a -> ids.add(a.accountId())));
        assertEquals(List.of("1", "2", "3"), ids);
        assertEquals(1, warnings.size());
        assertEquals("data/follower.js", warnings.entries().get(0).file());
        assertEquals(3, warnings.entries().get(0).line());
    }
}
