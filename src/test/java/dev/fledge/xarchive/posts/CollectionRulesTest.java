package dev.fledge.xarchive.posts;

import dev.fledge.model.ArchiveWarning;

import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.PostVersion;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static dev.fledge.xarchive.posts.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edit chains, duplicates, deleted and community posts, bad rows, inspect mode. */
class CollectionRulesTest {

    private static final String EDIT_INITIAL = """
            { "id_str" : "1767230669153788276", "created_at" : "Mon Mar 11 16:46:39 +0000 2024", "full_text" : "first &amp; wrong",
              "edit_info" : { "initial" : { "editTweetIds" : [ "1767230669153788276", "1767230930890989746" ], "editableUntil" : "2024-03-11T17:46:39.000Z", "editsRemaining" : "4", "isEditEligible" : false } } }""";
    private static final String EDIT_LATEST = """
            { "id_str" : "1767230930890989746", "created_at" : "Mon Mar 11 16:47:42 +0000 2024", "full_text" : "second &amp; right", "favorite_count" : "1",
              "edit_info" : { "edit" : { "initialTweetId" : "1767230669153788276",
                "editControlInitial" : { "editTweetIds" : [ "1767230669153788276", "1767230930890989746" ], "editableUntil" : "2024-03-11T17:46:39.000Z", "editsRemaining" : "4", "isEditEligible" : false } } } }""";
    private static final String UNEDITED = """
            { "id_str" : "1855222380982907193", "created_at" : "Sat Nov 09 12:14:18 +0000 2024", "full_text" : "plain",
              "edit_info" : { "initial" : { "editTweetIds" : [ "1855222380982907193" ], "editsRemaining" : "5" } } }""";
    /** A chain whose newest version (…999) is not in the archive: the highest present id wins. */
    private static final String CHAIN_B_1 = """
            { "id_str" : "1700000000000000001", "created_at" : "Fri Sep 08 05:12:31 +0000 2023", "full_text" : "b1",
              "edit_info" : { "initial" : { "editTweetIds" : [ "1700000000000000001", "1700000000000000500", "1700000000000000999" ] } } }""";
    private static final String CHAIN_B_2 = """
            { "id_str" : "1700000000000000500", "created_at" : "Fri Sep 08 05:12:35 +0000 2023", "full_text" : "b2",
              "edit_info" : { "edit" : { "initialTweetId" : "1700000000000000001", "editControlInitial" : { "editTweetIds" : [ "1700000000000000001", "1700000000000000500", "1700000000000000999" ] } } } }""";

    @Test
    void editChainsCollapseToTheNewestPresentVersion() {
        Fixtures.Collected c = Fixtures.tweets(EDIT_LATEST, UNEDITED, CHAIN_B_2, EDIT_INITIAL, CHAIN_B_1);
        assertEquals(3, c.posts().size());
        Post edited = c.byId("1767230930890989746");
        assertEquals("second & right", edited.text());
        assertEquals(List.of(new PostVersion("1767230669153788276", Instant.parse("2024-03-11T16:46:39Z"), "first & wrong")),
                edited.editHistory());
        Post b = c.byId("1700000000000000500");
        assertEquals(1, b.editHistory().size());
        assertEquals("b1", b.editHistory().get(0).text());
        assertTrue(c.byId("1855222380982907193").editHistory().isEmpty());
        PostCounts counts = c.counts();
        assertEquals(3, counts.posts());
        assertEquals(2, counts.editedPosts());
    }

    @Test
    void duplicateRowsFromOverlappingPartsCountOnce() {
        Fixtures.Collected c = Fixtures.collect(new FakeArchive(), Fixtures.OWNER_ID, col -> {
            col.addTweet(json(UNEDITED), PostOrigin.TWEETS, "data/tweets.js");
            col.addTweet(json(EDIT_INITIAL), PostOrigin.TWEETS, "data/tweets.js");
            col.addTweet(json(UNEDITED), PostOrigin.TWEETS, "data/tweets-part1.js");
        });
        assertEquals(2, c.posts().size());
        assertEquals(2, c.counts().posts());
    }

    @Test
    void deletedAndCommunityPostsAreCountedApartAndNotReturned() {
        String deleted = """
                { "id_str" : "1830828196125622656", "created_at" : "Tue Sep 03 04:40:31 +0000 2024", "full_text" : "RT @bobamirukuu: Mikuto yuki ⁉️ #Persona3 https://t.co/zJX5ynMucs",
                  "entities" : { "hashtags" : [ { "text" : "Persona3", "indices" : [ "32", "41" ] } ],
                                 "user_mentions" : [ { "screen_name" : "bobamirukuu", "indices" : [ "3", "15" ], "id_str" : "1104709289854230528" } ],
                                 "urls" : [ { "url" : "https://t.co/zJX5ynMucs", "indices" : [ "42", "65" ] } ] },
                  "deleted_at" : "Sat Jan 11 15:27:00 +0000 2025" }""";
        String community = """
                { "id_str" : "1830828196125622999", "created_at" : "Tue Sep 03 05:40:31 +0000 2024", "full_text" : "in a community",
                  "community_id" : "1500000000000000000", "community_id_str" : "1500000000000000000", "scopes" : { "followers" : false } }""";
        java.nio.file.Path dir = Fixtures.tempDir();
        try (PostCollector collector = new PostCollector(new FakeArchive(), Fixtures.MEDIA_FOLDERS, Fixtures.OWNER_ID,
                dir, new AccountDirectory(), new Warnings())) {
            collector.addTweet(json(UNEDITED), PostOrigin.TWEETS, "data/tweets.js");
            collector.addTweet(json(deleted), PostOrigin.DELETED, "data/deleted-tweets.js");
            collector.addTweet(json(community), PostOrigin.COMMUNITY, "data/community-tweet.js");
            PostCounts counts = collector.counts();
            assertEquals(1, counts.posts());
            assertEquals(1, counts.deletedPosts());
            assertEquals(1, counts.communityPosts());
            List<Post> live = new ArrayList<>();
            collector.oldestFirst().forEachRemaining(live::add);
            assertEquals(List.of("1855222380982907193"), live.stream().map(Post::id).toList());

            List<Post> others = new ArrayList<>();
            collector.oldestFirst(EnumSet.of(PostOrigin.DELETED, PostOrigin.COMMUNITY)).forEachRemaining(others::add);
            assertEquals(2, others.size());
            Post gone = others.get(0);
            assertEquals(PostOrigin.DELETED, gone.origin());
            assertEquals(Instant.parse("2025-01-11T15:27:00Z"), gone.deletedAt());
            assertNull(gone.language());
            assertEquals("https://t.co/zJX5ynMucs", gone.entities().links().get(0).expandedUrl(),
                    "a link without expanded_url shows its t.co");
            assertEquals("1500000000000000000", others.get(1).communityId());
        } finally {
            Fixtures.delete(dir);
        }
    }

    @Test
    void badRowsAreSkippedWithAWarningNamingTheRowNotItsContent() {
        Fixtures.Collected c = Fixtures.tweets(
                "{ \"full_text\" : \"secret words\", \"created_at\" : \"Sat Nov 09 12:14:18 +0000 2024\" }",
                "{ \"id_str\" : \"123\", \"created_at\" : \"yesterday\", \"full_text\" : \"secret words\" }",
                "{ \"id_str\" : \"1855222380982000000\", \"created_at\" : \"garbage\", \"full_text\" : \"dated by id\" }",
                "[ 1, 2 ]",
                UNEDITED);
        assertEquals(2, c.posts().size());
        assertEquals(Instant.parse("2024-11-09T12:14:18.648Z"), c.byId("1855222380982000000").createdAt(),
                "a snowflake id carries its creation time");
        assertEquals(4, c.warnings().size());
        for (ArchiveWarning w : c.warnings().entries()) {
            assertTrue(w.message().startsWith("Row "), w.message());
            assertTrue(!w.message().contains("secret"), w.message());
        }
        assertTrue(c.warnings().entries().get(1).message().startsWith("Row 2:"));
    }

    @Test
    void strictWarningsStopAtTheFirstBadRow() {
        java.nio.file.Path dir = Fixtures.tempDir();
        try (PostCollector collector = new PostCollector(null, List.of(), Fixtures.OWNER_ID, dir,
                new AccountDirectory(), new Warnings(true))) {
            FledgeException e = assertThrows(FledgeException.class,
                    () -> collector.addTweet(json("{ \"full_text\" : \"x\" }"), PostOrigin.TWEETS, "data/tweets.js"));
            assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
            assertEquals("data/tweets.js", e.location().file());
        } finally {
            Fixtures.delete(dir);
        }
    }

    @Test
    void inspectModeCountsWithoutWritingAnything() {
        java.nio.file.Path dir = Fixtures.tempDir();
        try (PostCollector collector = new PostCollector(new FakeArchive(), Fixtures.MEDIA_FOLDERS, Fixtures.OWNER_ID,
                null, new AccountDirectory(), new Warnings())) {
            collector.addNoteTweet(json("{ \"noteTweetId\" : \"1\", \"createdAt\" : \"2024-01-30T08:14:27.000Z\", \"core\" : { \"text\" : \"x\" } }"),
                    "data/note-tweet.js");
            for (String row : List.of(EDIT_LATEST, UNEDITED, EDIT_INITIAL, UNEDITED)) {
                collector.addTweet(json(row), PostOrigin.TWEETS, "data/tweets.js");
            }
            PostCounts counts = collector.counts();
            assertEquals(new PostCounts(2, 0, 0, 0, 0, 1, 1, 0, 0, Instant.parse("2024-03-11T16:47:42Z"),
                    Instant.parse("2024-11-09T12:14:18Z")), counts);
            assertThrows(IllegalStateException.class, collector::oldestFirst);
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                assertEquals(0, files.count(), "nothing spooled");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Fixtures.delete(dir);
        }
    }

    @Test
    void closeDeletesTheSpool() throws Exception {
        java.nio.file.Path dir = Fixtures.tempDir();
        try {
            PostCollector collector = new PostCollector(null, List.of(), Fixtures.OWNER_ID, dir,
                    new AccountDirectory(), new Warnings());
            collector.addTweet(json(UNEDITED), PostOrigin.TWEETS, "data/tweets.js");
            try (var files = java.nio.file.Files.list(dir)) {
                assertEquals(1, files.count());
            }
            collector.close();
            try (var files = java.nio.file.Files.list(dir)) {
                assertEquals(0, files.count());
            }
        } finally {
            Fixtures.delete(dir);
        }
    }
}
