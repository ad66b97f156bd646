package dev.fledge.render.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.fledge.testkit.TextPart.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What include/exclude and since/until leave in the output, and how related accounts get their screen names. */
class NormalizedSelectionTest {
    private static final XUser BOB = XUser.of("2001", "bob", "Bob");
    private static final XUser CAROL = XUser.of("2002", "carol", "Carol");
    private static final String QUOTED = "https://x.com/carol/status/1790000000000000000";

    private static XArchiveBuilder archive() {
        return XArchiveBuilder.g3()
                .account("1000", "alice", "Alice", Instant.parse("2015-03-14T09:26:53Z"))
                .profile(p -> p.bio("bio").avatar().header())
                .post(p -> p.text("april ", mention(BOB)).at("2024-04-30T23:59:59Z").photo())
                .post(p -> p.text("may first").at("2024-05-01T00:00:00Z"))
                .selfReply(p -> p.text("may reply").at("2024-05-15T12:00:00Z"))
                .retweet(CAROL, p -> p.text("may retweet").at("2024-05-20T12:00:00Z"))
                .quote(QUOTED, p -> p.text("may quote").at("2024-05-25T12:00:00Z"))
                .post(p -> p.text("june").at("2024-06-01T00:00:00Z"))
                .like("1790000000000000001", "liked")
                .follower(BOB.id(), CAROL.id(), "3003")
                .listCreated("https://twitter.com/alice/lists/1")
                .dmConversation(BOB, c -> {
                    c.sent("april message").at("2024-04-20T10:00:00Z");
                    c.received("may message").at("2024-05-02T10:00:00Z").photo();
                })
                .dmConversation(CAROL, c -> c.sent("june message").at("2024-06-10T10:00:00Z"));
    }

    private static JsonNode convert(XArchiveBuilder archive, List<String> include, List<String> exclude,
                                    Instant since, Instant until) {
        NormalizedOptions options = NormalizedOptions.of(include, exclude, since, until);
        byte[] json = Conversions.convert(archive, options, NormalizedFormat.JSON);
        NormalizedSchemas.assertValidDocument(json);
        return Conversions.tree(json);
    }

    private static List<String> texts(JsonNode document) {
        List<String> texts = new ArrayList<>();
        document.get("posts").forEach(p -> texts.add(p.get("text").asText()));
        return texts;
    }

    @Test
    void directMessagesOnlyWhenIncluded() {
        JsonNode byDefault = convert(archive(), List.of(), List.of(), null, null);
        assertNull(byDefault.get("directMessages"));
        assertFalse(byDefault.get("source").get("selection").get("kinds").toString().contains("directMessages"));
        JsonNode included = convert(archive(), List.of("directMessages"), List.of(), null, null);
        assertEquals(2, included.get("directMessages").size());
        assertNull(convert(archive(), List.of("directMessages"), List.of("directMessages"), null, null)
                .get("directMessages"), "exclude wins");
    }

    @Test
    void excludedKindsAreLeftOutEntirely() {
        JsonNode document = convert(archive(), List.of(), List.of("likes", "relationships", "lists"), null, null);
        for (String member : List.of("likes", "followers", "following", "blocks", "mutes", "lists")) {
            assertNull(document.get(member), member);
        }
        assertEquals(6, document.get("posts").size());
        assertNull(convert(archive(), List.of(), List.of("posts", "replies", "retweets"), null, null).get("posts"));
    }

    @Test
    void postKindsAreSelectedSeparately() {
        assertEquals(List.of("april @bob", "may first", "may quote " + QUOTED, "june"),
                texts(convert(archive(), List.of(), List.of("replies", "retweets"), null, null)));
        assertEquals(List.of("may reply"), texts(convert(archive(), List.of(), List.of("posts", "retweets"), null, null)));
        assertEquals(List.of("RT @carol: may retweet"),
                texts(convert(archive(), List.of(), List.of("posts", "replies"), null, null)));
    }

    @Test
    void withoutMediaNoMediaIsDescribed() {
        JsonNode document = convert(archive(), List.of("directMessages"), List.of("media"), null, null);
        document.get("posts").forEach(p -> assertNull(p.get("media"), p.toString()));
        assertNull(document.get("profile").get("avatar"));
        assertNull(document.get("profile").get("header"));
        assertNull(document.get("media"));
        assertFalse(document.get("directMessages").toString().contains("\"media\""));
        JsonNode with = convert(archive(), List.of("directMessages"), List.of(), null, null);
        assertEquals(1, with.get("posts").get(0).get("media").size());
        assertEquals(0, with.get("posts").get(1).get("media").size(), "an empty list when a post has no media");
        assertEquals(4, with.get("media").get("items").asLong(), "post photo, avatar, header, DM photo");
    }

    @Test
    void sinceIsInclusiveUntilExclusiveForPostsAndMessagesOnly() {
        Instant may = Instant.parse("2024-05-01T00:00:00Z");
        Instant june = Instant.parse("2024-06-01T00:00:00Z");
        JsonNode document = convert(archive(), List.of("directMessages"), List.of(), may, june);
        assertEquals(List.of("may first", "may reply", "RT @carol: may retweet", "may quote " + QUOTED), texts(document));
        JsonNode conversations = document.get("directMessages");
        assertEquals(1, conversations.size(), "the June conversation has no event in the window");
        assertEquals(1, conversations.get(0).get("events").size());
        assertTrue(conversations.get(0).get("events").get(0).get("text").asText().startsWith("may message "));
        assertEquals(1, document.get("likes").size(), "likes have no dates: not filtered");
        assertEquals(3, document.get("followers").size());
        JsonNode selection = document.get("source").get("selection");
        assertEquals("2024-05-01T00:00:00Z", selection.get("since").asText());
        assertEquals("2024-06-01T00:00:00Z", selection.get("until").asText());
        assertEquals(List.of("june"), texts(convert(archive(), List.of(), List.of(), june, null)));
        assertEquals(List.of("april @bob"), texts(convert(archive(), List.of(), List.of(), null, may)));
    }

    @Test
    void relatedAccountsHaveScreenNamesOnlyWhenTheArchivePairsThemUnambiguously() {
        JsonNode followers = convert(archive(), List.of(), List.of(), null, null).get("followers");
        assertEquals("bob", followers.get(0).get("screenName").asText(), "bob is mentioned with his id");
        assertEquals("carol", followers.get(1).get("screenName").asText(), "carol's id comes with the retweet");
        assertNull(followers.get(2).get("screenName"), "3003 appears nowhere else");
        assertEquals("3003", followers.get(2).get("id").asText());

        XUser otherBob = XUser.of("2009", "bob", "Another Bob"); // the handle bob was recycled
        JsonNode recycled = convert(archive().post(p -> p.text("hi ", mention(otherBob))).follower(otherBob.id()),
                List.of(), List.of(), null, null).get("followers");
        assertNull(recycled.get(0).get("screenName"), "2001 shares its name with another id: ambiguous");
        assertNull(recycled.get(3).get("screenName"), "2009 likewise");
        assertTrue(recycled.get(1).has("screenName"));
    }
}
