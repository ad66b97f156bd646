package dev.fledge.render.mastodonarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.Account;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaFileRef;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostVersion;
import dev.fledge.model.Profile;
import dev.fledge.model.TagEntity;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.InMemoryDocument;
import dev.fledge.render.activitypub.MentionStyle;
import dev.fledge.render.activitypub.ReplyPolicy;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitypub.TestArchives;
import dev.fledge.render.activitypub.Visibility;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.fledge.render.activitypub.InMemoryDocument.asReply;
import static dev.fledge.render.activitypub.InMemoryDocument.asRetweet;
import static dev.fledge.render.activitypub.InMemoryDocument.entities;
import static dev.fledge.render.activitypub.InMemoryDocument.photo;
import static dev.fledge.render.activitypub.InMemoryDocument.post;
import static dev.fledge.render.activitypub.InMemoryDocument.withEdits;
import static dev.fledge.render.activitypub.InMemoryDocument.withEntities;
import static dev.fledge.render.activitypub.InMemoryDocument.withLanguage;
import static dev.fledge.render.activitypub.InMemoryDocument.withMedia;
import static dev.fledge.render.activitypub.InMemoryDocument.withSensitive;
import static dev.fledge.render.mastodonarchive.MastodonArchiveImporterRulesTest.PUBLIC;
import static dev.fledge.render.mastodonarchive.MastodonArchiveImporterRulesTest.strings;
import static dev.fledge.render.mastodonarchive.MastodonArchives.DEFAULTS;
import static dev.fledge.render.mastodonarchive.MastodonArchives.convert;
import static dev.fledge.render.mastodonarchive.MastodonArchives.items;
import static dev.fledge.render.mastodonarchive.MastodonArchives.note;
import static dev.fledge.render.mastodonarchive.MastodonArchives.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importer rules and options that need posts the archive builder cannot describe (sensitive media, alt text,
 * language codes, protected accounts, edits, shared media), on documents built in code.
 */
class MastodonArchiveContentRulesTest {
    private static final byte[] JPEG = "not really a jpeg".getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("§8 sensitive comes from possibly_sensitive (true only when X says so); summary stays null, so "
            + "Misskey sets no content warning")
    void sensitive() {
        ConvertedZip zip = convert(new InMemoryDocument()
                .post(withSensitive(post("101", "2024-01-01T00:00:00Z", "flagged"), true))
                .post(withSensitive(post("102", "2024-01-02T00:00:00Z", "cleared"), false))
                .post(withSensitive(post("103", "2024-01-03T00:00:00Z", "unknown"), null)), DEFAULTS);
        assertTrue(note(zip, "flagged").get("sensitive").asBoolean());
        assertFalse(note(zip, "cleared").get("sensitive").asBoolean());
        assertFalse(note(zip, "unknown").get("sensitive").asBoolean());
        notes(zip).forEach(n -> assertTrue(n.get("summary").isNull()));
    }

    @Test
    @DisplayName("§8 attachment name (alt text) only where the archive has it; null otherwise")
    void altText() {
        ConvertedZip zip = convert(new InMemoryDocument()
                .file("data/tweets_media/201-a.jpg", JPEG).file("data/tweets_media/201-b.jpg", JPEG)
                .post(withMedia(post("201", "2024-01-01T00:00:00Z", "two photos"),
                        List.of(photo("9001", "data/tweets_media/201-a.jpg", "A red <bicycle> & a fence"),
                                photo("9002", "data/tweets_media/201-b.jpg", null)))), DEFAULTS);
        JsonNode attachments = note(zip, "two photos").get("attachment");
        assertEquals("A red <bicycle> & a fence", attachments.get(0).get("name").asText());
        assertTrue(attachments.get(1).get("name").isNull());
        assertEquals(640, attachments.get(0).get("width").asInt());
    }

    @Test
    @DisplayName("§8 contentMap only for a real language: X's pseudo-codes (und, qme, qht, zxx) give none, legacy "
            + "codes are mapped")
    void contentMapLanguages() {
        ConvertedZip zip = convert(new InMemoryDocument()
                .post(withLanguage(post("301", "2024-01-01T00:00:00Z", "english"), "en"))
                .post(withLanguage(post("302", "2024-01-02T00:00:00Z", "brazil"), "pt-br"))
                .post(withLanguage(post("303", "2024-01-03T00:00:00Z", "undetermined"), "und"))
                .post(withLanguage(post("304", "2024-01-04T00:00:00Z", "media only"), "qme"))
                .post(withLanguage(post("305", "2024-01-05T00:00:00Z", "hashtags"), "qht"))
                .post(withLanguage(post("306", "2024-01-06T00:00:00Z", "nothing"), "zxx"))
                .post(withLanguage(post("307", "2024-01-07T00:00:00Z", "unknown"), null))
                .post(withLanguage(post("308", "2024-01-08T00:00:00Z", "indonesian"), "in")), DEFAULTS);
        assertEquals("en", note(zip, "english").get("contentMap").fieldNames().next());
        assertEquals("pt-BR", note(zip, "brazil").get("contentMap").fieldNames().next());
        assertEquals("id", note(zip, "indonesian").get("contentMap").fieldNames().next());
        for (String text : List.of("undetermined", "media only", "hashtags", "nothing", "unknown")) {
            assertFalse(note(zip, text).has("contentMap"), text);
        }
    }

    @Test
    @DisplayName("§8 to/cc: a protected account's posts are followers-only by default (report says why); the "
            + "visibility option overrides")
    void protectedAccount() {
        Account locked = new Account("42", "tester", "Tester", Instant.parse("2015-06-07T08:09:10Z"), true, false,
                null, List.of());
        ConvertedZip zip = convert(new InMemoryDocument().account(locked)
                .post(post("401", "2024-01-01T00:00:00Z", "locked post")), DEFAULTS);
        String followers = zip.json("actor.json").get("followers").asText();
        JsonNode create = items(zip).get(0);
        assertEquals(List.of(followers), strings(create.get("to")));
        assertEquals(List.of(), strings(create.get("cc")));
        assertEquals(List.of(followers), strings(create.get("object").get("to")));
        assertTrue(zip.json("actor.json").get("manuallyApprovesFollowers").asBoolean());
        JsonNode report = zip.json("report.json");
        assertEquals("followers", report.get("visibility").get("value").asText());
        assertEquals("protected-account", report.get("visibility").get("reason").asText());
        assertTrue(report.get("notes").toString().contains("protected"));

        ConvertedZip unlisted = convert(new InMemoryDocument().account(locked)
                .post(post("401", "2024-01-01T00:00:00Z", "locked post")), DEFAULTS.withVisibility(Visibility.UNLISTED));
        assertEquals(List.of(followers), strings(items(unlisted).get(0).get("to")));
        assertEquals(List.of(PUBLIC), strings(items(unlisted).get(0).get("cc")));
        assertEquals("option", unlisted.json("report.json").get("visibility").get("reason").asText());

        ConvertedZip open = convert(new InMemoryDocument().account(locked)
                .post(post("401", "2024-01-01T00:00:00Z", "locked post")), DEFAULTS.withVisibility(Visibility.PUBLIC));
        assertEquals(List.of(PUBLIC), strings(items(open).get(0).get("to")));
    }

    @ParameterizedTest
    @EnumSource(value = Generation.class, names = {"G1", "G2", "G3"})
    @DisplayName("§8 to/cc: an account protected at export time (protected-history.js, every generation that has it) "
            + "gets followers-only addressing by default")
    void protectedAccountInEveryGeneration(Generation generation, @TempDir Path dir) {
        TestArchives.Source source = new TestArchives.Source(generation.name(), TestArchives.write(
                XArchiveBuilder.of(generation).account("77", "locked_acct", "Locked", Instant.parse("2014-01-01T00:00:00Z"))
                        .protectedHistory(Instant.parse("2016-01-01T00:00:00Z"), true)
                        .post(p -> p.text("from a locked account").at("2020-01-01T00:00:00Z")), dir, "locked"));
        ConvertedZip zip = MastodonArchives.convert(source, dir, DEFAULTS);
        String followers = zip.json("actor.json").get("followers").asText();
        assertEquals(List.of(followers), strings(items(zip).get(0).get("to")));
        assertEquals(List.of(), strings(items(zip).get(0).get("cc")));
        assertEquals("protected-account", zip.json("report.json").get("visibility").get("reason").asText());
    }

    @Test
    @DisplayName("option mentions: defuse (default), link, text")
    void mentionStyles() {
        Post mentioning = withEntities(post("501", "2024-01-01T00:00:00Z", "@bob hi"),
                entities(List.of(), List.of(new MentionEntity(0, 4, "7", "bob")), List.of()));
        String defused = note(convert(new InMemoryDocument().post(mentioning), DEFAULTS), "hi").get("content").asText();
        assertEquals("<p>@\u2060<a href=\"https://x.com/bob\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
                + "translate=\"no\">bob</a> hi</p>", defused);
        String linked = note(convert(new InMemoryDocument().post(mentioning), DEFAULTS.withMentions(MentionStyle.LINK)),
                "hi").get("content").asText();
        assertEquals("<p><a href=\"https://x.com/bob\" class=\"u-url mention\" target=\"_blank\" "
                + "rel=\"nofollow noopener noreferrer\" translate=\"no\">@<span>bob</span></a> hi</p>", linked);
        String text = note(convert(new InMemoryDocument().post(mentioning), DEFAULTS.withMentions(MentionStyle.TEXT)),
                "hi").get("content").asText();
        assertEquals("<p>@bob hi</p>", text);
        for (JsonNode n : notes(convert(new InMemoryDocument().post(mentioning), DEFAULTS.withMentions(MentionStyle.LINK)))) {
            assertEquals(0, n.get("tag").size(), "never a Mention tag");
        }
    }

    @Test
    @DisplayName("option replies: self keeps self-threads only; all keeps replies to others without inReplyTo; none "
            + "drops self-replies too (reply_to_self)")
    void replyPolicies() {
        InMemoryDocument[] documents = new InMemoryDocument[3];
        for (int i = 0; i < 3; i++) {
            documents[i] = new InMemoryDocument()
                    .post(post("601", "2024-01-01T00:00:00Z", "root"))
                    .post(asReply(post("602", "2024-01-01T01:00:00Z", "first self reply"), "601", true))
                    .post(asReply(post("603", "2024-01-01T02:00:00Z", "to someone"), "555", false))
                    .post(asReply(post("604", "2024-01-01T03:00:00Z", "continuing with someone"), "603", true))
                    .post(asReply(post("605", "2024-01-01T04:00:00Z", "reply to an unknown post"), "599", true));
        }
        ConvertedZip self = convert(documents[0], DEFAULTS);
        assertEquals(List.of("root", "first self reply", "reply to an unknown post"), texts(self));
        assertEquals(note(self, "root").get("id").asText(), note(self, "first self reply").get("inReplyTo").asText());
        assertTrue(note(self, "unknown post").get("inReplyTo").isNull(), "parent not in the export");
        assertEquals(2, self.json("report.json").get("leftOut").get("reply_to_other").asInt());

        ConvertedZip all = convert(documents[1], DEFAULTS.withReplies(ReplyPolicy.ALL));
        assertEquals(5, notes(all).size());
        assertTrue(note(all, "to someone").get("inReplyTo").isNull(), "never points outside the export");
        assertEquals(note(all, "to someone").get("id").asText(),
                note(all, "continuing").get("inReplyTo").asText());

        ConvertedZip none = convert(documents[2], DEFAULTS.withReplies(ReplyPolicy.NONE));
        assertEquals(List.of("root"), texts(none));
        assertEquals(3, none.json("report.json").get("leftOut").get("reply_to_self").asInt());
        assertEquals(1, none.json("report.json").get("leftOut").get("reply_to_other").asInt());
    }

    @Test
    @DisplayName("options since (inclusive) and until (exclusive): before_since and after_until")
    void period() {
        InMemoryDocument document = new InMemoryDocument()
                .post(post("701", "2023-12-31T23:59:59Z", "too early"))
                .post(post("702", "2024-01-01T00:00:00Z", "first day"))
                .post(post("703", "2024-01-31T23:59:59Z", "last second"))
                .post(post("704", "2024-02-01T00:00:00Z", "too late"));
        ConvertedZip zip = convert(document, DEFAULTS.withPeriod(Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-02-01T00:00:00Z")));
        assertEquals(List.of("first day", "last second"), texts(zip));
        assertEquals(1, zip.json("report.json").get("leftOut").get("before_since").asInt());
        assertEquals(1, zip.json("report.json").get("leftOut").get("after_until").asInt());
        assertEquals("2024-01-01T00:00:00Z", zip.json("report.json").get("options").get("since").asText());
    }

    @Test
    @DisplayName("option exclude=media: no media files, no attachments, no avatar; a media-only post is left out "
            + "as empty; exclude=likes: likes.json stays, empty")
    void excludeMediaAndLikes() {
        InMemoryDocument document = new InMemoryDocument()
                .profile(new Profile("bio", null, null, new MediaFileRef("https://pbs.twimg.com/a.jpg",
                        "data/profile_media/42-a.jpg"), null))
                .file("data/profile_media/42-a.jpg", JPEG)
                .file("data/tweets_media/801-a.jpg", JPEG)
                .post(withMedia(post("801", "2024-01-01T00:00:00Z", "with photo"),
                        List.of(photo("9101", "data/tweets_media/801-a.jpg", null))))
                .post(withMedia(post("802", "2024-01-02T00:00:00Z", ""),
                        List.of(photo("9101", "data/tweets_media/801-a.jpg", null))))
                .like("1500");
        ConvertedZip zip = convert(document, DEFAULTS.withIncluded(false, true, false));
        assertEquals(List.of("outbox.json", "likes.json", "bookmarks.json", "actor.json", "report.json"), zip.names());
        assertEquals(0, note(zip, "with photo").get("attachment").size());
        assertEquals(1, notes(zip).size());
        JsonNode report = zip.json("report.json");
        assertEquals(1, report.get("leftOut").get("empty").asInt());
        assertEquals(1, report.get("attachmentsLeftOut").get("media_excluded").asInt());
        assertEquals(0, zip.json("likes.json").get("orderedItems").size());
        assertFalse(zip.json("actor.json").has("icon"));
    }

    @Test
    @DisplayName("§6 Misskey: one file per media item even when two posts share it; both attachments point at it")
    void sharedMedia() {
        InMemoryDocument document = new InMemoryDocument()
                .file("data/tweets_media/901-a.jpg", JPEG)
                .file("data/tweets_media/902-a.jpg", JPEG)
                .post(withMedia(post("901", "2024-01-01T00:00:00Z", "first use"),
                        List.of(photo("9201", "data/tweets_media/901-a.jpg", null))))
                .post(withMedia(post("902", "2024-01-02T00:00:00Z", "second use"),
                        List.of(photo("9201", "data/tweets_media/902-a.jpg", null))));
        ConvertedZip zip = convert(document, DEFAULTS);
        String url = note(zip, "first use").get("attachment").get(0).get("url").asText();
        assertEquals(url, note(zip, "second use").get("attachment").get(0).get("url").asText());
        assertEquals(1, zip.names().stream().filter(n -> n.startsWith("media_attachments/")).count());
        assertEquals(MastodonArchiveWriter.mediaPath(9201, "jpg"), url);
    }

    @Test
    @DisplayName("§8 media-only post: content empty, attachment kept; post without text and media: left out as empty")
    void mediaOnlyAndEmpty() {
        ConvertedZip zip = convert(new InMemoryDocument()
                .file("data/tweets_media/1001-a.jpg", JPEG)
                .post(withMedia(post("1001", "2024-01-01T00:00:00Z", "  "),
                        List.of(photo("9301", "data/tweets_media/1001-a.jpg", null))))
                .post(post("1002", "2024-01-02T00:00:00Z", "")), DEFAULTS);
        assertEquals(1, notes(zip).size());
        assertEquals("", notes(zip).get(0).get("content").asText());
        assertFalse(notes(zip).get(0).has("contentMap"));
        assertEquals(1, zip.json("report.json").get("leftOut").get("empty").asInt());
    }

    @Test
    @DisplayName("edited posts: published is the first version's time, updated the last edit's; a reply to an "
            + "earlier version threads to the exported post")
    void editedPosts() {
        Post edited = withEdits(post("1102", "2024-01-01T00:05:00Z", "fixed text"),
                new PostVersion("1101", Instant.parse("2024-01-01T00:00:00Z"), "fixd text"));
        ConvertedZip zip = convert(new InMemoryDocument()
                .post(edited)
                .post(asReply(post("1103", "2024-01-01T00:10:00Z", "answering the first version"), "1101", true)),
                DEFAULTS);
        JsonNode note = note(zip, "fixed text");
        assertEquals("2024-01-01T00:00:00Z", note.get("published").asText());
        assertEquals("2024-01-01T00:05:00Z", note.get("updated").asText());
        assertEquals(note.get("id").asText(), note(zip, "answering").get("inReplyTo").asText());
    }

    @Test
    @DisplayName("option actorUrl: actor, post, activity and hashtag IRIs under the destination account; url keeps "
            + "the X permalink; followers collection matches the actor's")
    void actorUrl() {
        Post tagged = withEntities(post("1201", "2024-01-01T00:00:00Z", "hello #fedi"),
                entities(List.of(), List.of(), List.of(new TagEntity(6, 11, "fedi"))));
        ConvertedZip zip = convert(new InMemoryDocument().post(tagged),
                DEFAULTS.withActorUrl("https://social.example/users/alice"));
        JsonNode actor = zip.json("actor.json");
        assertEquals("https://social.example/users/alice", actor.get("id").asText());
        assertEquals("https://social.example/users/alice/followers", actor.get("followers").asText());
        JsonNode create = items(zip).get(0);
        assertEquals("https://social.example/users/alice/statuses/1201/activity", create.get("id").asText());
        assertEquals("https://social.example/users/alice", create.get("actor").asText());
        JsonNode note = create.get("object");
        assertEquals("https://social.example/users/alice/statuses/1201", note.get("id").asText());
        assertEquals("https://x.com/tester/status/1201", note.get("url").asText());
        assertEquals("https://social.example/tags/fedi", note.get("tag").get(0).get("href").asText());
        assertEquals(List.of("https://social.example/users/alice/followers"), strings(create.get("cc")));
    }

    @Test
    @DisplayName("option retweets=announce on a post whose original is unknown: left out as retweet_original_unknown")
    void unknownOriginal() {
        ConvertedZip zip = convert(new InMemoryDocument()
                .post(asRetweet(post("1301", "2024-01-01T00:00:00Z", "RT @other: words"), null))
                .post(asRetweet(post("1302", "2024-01-02T00:00:00Z", "RT @other: photo"),
                        "https://x.com/other/status/1290")), DEFAULTS.withRetweets(RetweetPolicy.ANNOUNCE));
        assertEquals(1, items(zip).size());
        assertEquals("https://x.com/other/status/1290", items(zip).get(0).get("object").asText());
        assertEquals(1, zip.json("report.json").get("leftOut").get("retweet_original_unknown").asInt());
    }

    @Test
    @DisplayName("entity offsets that overlap or run past the text do not break the content: the text stays")
    void hostileOffsets() {
        Post odd = withEntities(post("1401", "2024-01-01T00:00:00Z", "see https://a.example now"),
                entities(List.of(new LinkEntity(4, 21, "https://t.co/x", "https://a.example", null),
                                new LinkEntity(10, 40, "https://t.co/y", "https://b.example", null)),
                        List.of(new MentionEntity(-3, 2, "1", "x")), List.of(new TagEntity(20, 99, "z"))));
        String content = note(convert(new InMemoryDocument().post(odd), DEFAULTS), "see").get("content").asText();
        assertTrue(content.startsWith("<p>see <a href=\"https://a.example\""), content);
        assertTrue(content.contains(">a.example</span>"), content);
        assertTrue(content.endsWith(" now</p>"), content);
    }

    private static List<String> texts(ConvertedZip zip) {
        return notes(zip).stream().map(n -> n.get("content").asText().replaceAll("<[^>]+>", "")).toList();
    }
}
