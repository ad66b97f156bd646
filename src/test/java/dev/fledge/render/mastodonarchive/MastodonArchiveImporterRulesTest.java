package dev.fledge.render.mastodonarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ContentHtml;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.ImporterSimulation;
import dev.fledge.render.activitypub.LeftOutReason;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitypub.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static dev.fledge.render.mastodonarchive.MastodonArchives.items;
import static dev.fledge.render.mastodonarchive.MastodonArchives.note;
import static dev.fledge.render.mastodonarchive.MastodonArchives.notes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The importer rules of MASTODON-ARCHIVE.md (what Mastodon's archive looks like and what Misskey/Sharkey and slurp
 * demand of it), one test per rule, each run on the ZIP made from the example archive and from an archive of every
 * generation (G0 to G3) with the default options. Rules that need data the archive builder cannot describe are in
 * {@link MastodonArchiveContentRulesTest}.
 */
class MastodonArchiveImporterRulesTest {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    static final Pattern MEDIA_PATH = Pattern.compile(
            "media_attachments/files/(\\d{3}/)+original/[0-9a-f]{16}\\.[a-z0-9]+");

    private static final Map<String, TestArchives.Source> SOURCES = new HashMap<>();
    private static final List<ConvertedZip> DEFAULT = new ArrayList<>();
    private static final List<ConvertedZip> ANNOUNCING = new ArrayList<>();

    @BeforeAll
    static void convertAll(@org.junit.jupiter.api.io.TempDir Path dir) {
        for (TestArchives.Source source : TestArchives.all(dir)) {
            SOURCES.put(source.name(), source);
            DEFAULT.add(MastodonArchives.convert(source, dir, MastodonArchives.DEFAULTS));
            ANNOUNCING.add(MastodonArchives.convert(source, dir,
                    MastodonArchives.DEFAULTS.withRetweets(RetweetPolicy.ANNOUNCE)));
        }
    }

    static List<ConvertedZip> archives() {
        return DEFAULT;
    }

    static List<ConvertedZip> announcing() {
        return ANNOUNCING;
    }

    // ------------------------------------------------------------------ §1 ZIP layout

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1 layout: outbox.json, likes.json, bookmarks.json, actor.json at the root, media under "
            + "media_attachments/files/, avatar/header only when the archive has them, nothing else")
    void layout(ConvertedZip zip) {
        for (String name : List.of("outbox.json", "likes.json", "bookmarks.json", "actor.json", "report.json")) {
            assertTrue(zip.has(name), zip.label() + " lacks " + name);
        }
        for (String name : zip.names()) {
            assertTrue(name.startsWith("media_attachments/files/") || name.matches("(avatar|header)\\.[a-z]+")
                    || List.of("outbox.json", "likes.json", "bookmarks.json", "actor.json", "report.json").contains(name),
                    zip.label() + ": unexpected entry " + name);
            assertFalse(name.startsWith("/") || name.contains(".."), name);
        }
        boolean hasProfile = !zip.label().equals("G0");
        assertEquals(hasProfile, zip.has("avatar.jpg"), zip.label() + " avatar");
        assertEquals(hasProfile, zip.has("header.jpg"), zip.label() + " header");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1 media paths: media_attachments/files/<id in 3-digit groups>/original/<16 hex>.<ext>, "
            + "stored (not recompressed)")
    void mediaPaths(ConvertedZip zip) {
        List<String> media = zip.names().stream().filter(n -> n.startsWith("media_attachments/")).toList();
        assertEquals(!isGrailbird(zip), !media.isEmpty(), zip.label() + " has media (Grailbird archives hold none)");
        for (String name : media) {
            assertTrue(MEDIA_PATH.matcher(name).matches(), name);
            assertTrue(zip.entry(name).stored(), name + " is STORED");
        }
        for (String name : List.of("avatar.jpg", "header.jpg")) {
            if (zip.has(name)) {
                assertTrue(zip.entry(name).stored(), name + " is STORED");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1/§8 only original files, byte for byte: photos as the archive's image, videos as its best mp4 "
            + "variant (never a thumbnail)")
    void mediaAreTheOriginalFiles(ConvertedZip zip) {
        Map<String, byte[]> sourceMedia = sourceMedia(zip.label());
        for (JsonNode note : notes(zip)) {
            for (JsonNode attachment : note.get("attachment")) {
                byte[] bytes = zip.entry(attachment.get("url").asText()).bytes();
                String match = sourceMedia.entrySet().stream().filter(e -> java.util.Arrays.equals(e.getValue(), bytes))
                        .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(zip.label()
                                + ": " + attachment.get("url").asText() + " is no media file of the archive"));
                String mediaType = attachment.get("mediaType").asText();
                if (mediaType.startsWith("video/")) {
                    assertEquals("video/mp4", mediaType);
                    assertTrue(match.endsWith(".mp4") && attachment.get("url").asText().endsWith(".mp4"), match);
                } else {
                    assertEquals("image/jpeg", mediaType, match);
                    assertTrue(match.endsWith(".jpg"), match);
                }
            }
        }
    }

    // ------------------------------------------------------------------ §2 @context

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 outbox.json has Mastodon's full context: [AS, security, {every extension term}]")
    void outboxContext(ConvertedZip zip) {
        JsonNode context = zip.json("outbox.json").get("@context");
        assertTrue(context.isArray() && context.size() == 3, context.toString());
        assertEquals("https://www.w3.org/ns/activitystreams", context.get(0).asText());
        assertEquals("https://w3id.org/security/v1", context.get(1).asText());
        for (String term : List.of("manuallyApprovesFollowers", "sensitive", "Hashtag", "movedTo", "alsoKnownAs",
                "toot", "Emoji", "featured", "featuredTags", "schema", "PropertyValue", "value", "ostatus", "atomUri",
                "inReplyToAtomUri", "conversation", "focalPoint", "blurhash", "discoverable", "indexable", "memorial",
                "votersCount", "suspended", "attributionDomains")) {
            assertTrue(context.get(2).has(term), "context defines " + term);
        }
        assertEquals("@list", context.get(2).get("focalPoint").get("@container").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 items inside orderedItems carry no @context")
    void itemsWithoutContext(ConvertedZip zip) {
        for (JsonNode item : items(zip)) {
            assertFalse(item.has("@context"));
            if (item.get("object").isObject()) {
                assertFalse(item.get("object").has("@context"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 Misskey/Sharkey: actor.json @context is an array (AS, security, extensions) without litepub")
    void actorContextIsAnArrayWithoutLitepub(ConvertedZip zip) {
        JsonNode context = zip.json("actor.json").get("@context");
        assertTrue(context.isArray(), "actor['@context'].some(...) needs an array");
        assertEquals("https://www.w3.org/ns/activitystreams", context.get(0).asText());
        assertEquals("https://w3id.org/security/v1", context.get(1).asText());
        assertTrue(context.get(2).isObject());
        for (JsonNode value : context) {
            assertFalse(value.isTextual() && value.asText().contains("litepub"), "litepub switches to the Pleroma path");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2/§5 likes.json and bookmarks.json: the plain string context")
    void collectionsHaveTheStringContext(ConvertedZip zip) {
        for (String name : List.of("likes.json", "bookmarks.json")) {
            JsonNode context = zip.json(name).get("@context");
            assertTrue(context.isTextual(), name);
            assertEquals("https://www.w3.org/ns/activitystreams", context.asText());
        }
    }

    // ------------------------------------------------------------------ §3 outbox

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3 outbox: id \"outbox.json\", OrderedCollection, every item inline, totalItems = items")
    void outboxCollection(ConvertedZip zip) {
        JsonNode outbox = zip.json("outbox.json");
        assertEquals("outbox.json", outbox.get("id").asText());
        assertEquals("OrderedCollection", outbox.get("type").asText());
        assertTrue(outbox.get("orderedItems").isArray());
        assertFalse(outbox.has("first") || outbox.has("items"));
        assertEquals(outbox.get("orderedItems").size(), outbox.get("totalItems").asInt());
        assertTrue(outbox.get("totalItems").asInt() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3 outbox items oldest first")
    void oldestFirst(ConvertedZip zip) {
        String previous = "";
        for (JsonNode item : items(zip)) {
            JsonNode object = item.get("object");
            String at = object.isObject() && object.has("updated") ? object.get("updated").asText()
                    : item.get("published").asText();
            assertTrue(at.compareTo(previous) >= 0, zip.label() + ": " + at + " after " + previous);
            previous = at;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.1 posts are Create activities of Notes: id = status + /activity, actor, published, to, cc, object")
    void createActivities(ConvertedZip zip) {
        String actor = zip.json("actor.json").get("id").asText();
        for (JsonNode item : items(zip)) {
            assertEquals("Create", item.get("type").asText(), "no Announce with retweets=skip");
            assertEquals(List.of("id", "type", "actor", "published", "to", "cc", "object"), fieldNames(item));
            JsonNode note = item.get("object");
            assertEquals("Note", note.get("type").asText());
            assertEquals(note.get("id").asText() + "/activity", item.get("id").asText());
            assertEquals(actor, item.get("actor").asText());
            assertEquals(actor, note.get("attributedTo").asText());
            assertEquals(item.get("to"), note.get("to"));
            assertEquals(item.get("cc"), note.get("cc"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.1/§6 every date is YYYY-MM-DDTHH:MM:SSZ (RFC 3339, whole seconds, Z)")
    void dates(ConvertedZip zip) {
        for (String name : List.of("outbox.json", "actor.json")) {
            forEachField(zip.json(name), (key, value) -> {
                if (key.equals("published") || key.equals("updated")) {
                    assertTrue(DATE.matcher(value.asText()).matches(), name + " " + key + " " + value);
                    java.time.Instant.parse(value.asText());
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.3/§4 slurp and Misskey: to, cc, tag and attachment are always arrays (of strings for to/cc)")
    void arrays(ConvertedZip zip) {
        for (JsonNode item : items(zip)) {
            for (JsonNode holder : List.of(item, item.get("object"))) {
                for (String key : List.of("to", "cc")) {
                    assertTrue(holder.get(key).isArray(), key);
                    holder.get(key).forEach(v -> assertTrue(v.isTextual(), key + " holds strings"));
                }
            }
            assertTrue(item.get("object").get("tag").isArray());
            assertTrue(item.get("object").get("attachment").isArray());
        }
        assertTrue(zip.json("actor.json").get("tag").isArray());
        assertTrue(zip.json("actor.json").get("attachment").isArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.3 Note keys in NoteSerializer order; summary and unset values null; sensitive always a boolean")
    void noteShape(ConvertedZip zip) {
        for (JsonNode note : notes(zip)) {
            List<String> keys = new ArrayList<>(fieldNames(note));
            keys.remove("contentMap");
            keys.remove("updated");
            assertEquals(List.of("id", "type", "summary", "inReplyTo", "published", "url", "attributedTo", "to", "cc",
                    "sensitive", "atomUri", "inReplyToAtomUri", "content", "attachment", "tag"), keys);
            assertTrue(note.get("summary").isNull());
            assertTrue(note.get("sensitive").isBoolean());
            assertEquals(note.get("id").asText(), note.get("atomUri").asText());
            assertEquals(note.get("inReplyTo"), note.get("inReplyToAtomUri"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.3/§6 visibility: public by default (to Public, cc the actor's followers collection); slurp: "
            + "nothing addressed to other actors")
    void publicAddressing(ConvertedZip zip) {
        String followers = zip.json("actor.json").get("followers").asText();
        for (JsonNode item : items(zip)) {
            assertEquals(List.of(PUBLIC), strings(item.get("to")));
            assertEquals(List.of(followers), strings(item.get("cc")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("announcing")
    @DisplayName("§3.2/§8 retweets=announce: Announce with object = the original post's URI string; retweets whose "
            + "original cannot be derived are left out (retweet_original_unknown)")
    void announces(ConvertedZip zip) {
        JsonNode report = zip.json("report.json");
        long announces = 0;
        for (JsonNode item : items(zip)) {
            if (item.get("type").asText().equals("Announce")) {
                announces++;
                assertTrue(item.get("object").isTextual(), "object is a URI string");
                assertTrue(item.get("object").asText().matches("https://x\\.com/[A-Za-z0-9_]+/status/\\d+"),
                        item.get("object").asText());
                assertEquals(List.of("id", "type", "actor", "published", "to", "cc", "object"), fieldNames(item));
            }
        }
        assertTrue(announces >= 1, zip.label() + " has a retweet with a derivable original");
        assertEquals(announces, report.get("exported").get("announces").asLong());
        assertEquals(retweetsIn(zip.label()), announces
                + report.get("leftOut").get(LeftOutReason.RETWEET_ORIGINAL_UNKNOWN.slug()).asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.2/§6 default retweets=skip: no Announce (Misskey and slurp drop them), counted as 'retweet'")
    void retweetsSkippedByDefault(ConvertedZip zip) {
        assertTrue(items(zip).stream().noneMatch(i -> i.get("type").asText().equals("Announce")));
        assertEquals(retweetsIn(zip.label()), zip.json("report.json").get("leftOut").get("retweet").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.4/§6 attachments: type Document, mediaType, url = the exact relative path of a file in the ZIP "
            + "(slurp opens it), name null without alt text, width/height when known")
    void attachments(ConvertedZip zip) {
        int count = 0;
        for (JsonNode note : notes(zip)) {
            for (JsonNode attachment : note.get("attachment")) {
                count++;
                assertEquals("Document", attachment.get("type").asText());
                String url = attachment.get("url").asText();
                assertFalse(url.startsWith("/") || url.contains("://"), url);
                assertTrue(zip.has(url), zip.label() + ": " + url + " is a file of the ZIP");
                assertTrue(attachment.get("mediaType").asText().matches("(image|video)/[a-z0-9.+-]+"));
                assertTrue(attachment.has("name") && attachment.get("name").isNull(),
                        "X archives carry no alt text: name is null, never made up");
                assertTrue(attachment.get("width").isInt() && attachment.get("height").isInt());
            }
        }
        assertEquals(zip.json("report.json").get("exported").get("attachments").asInt(), count);
        assertTrue(isGrailbird(zip) ? count == 0 : count >= 2, zip.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§6 Misskey/Sharkey: every file under media_attachments/files/ has a unique base name, is "
            + "referenced by an attachment, and none is an .srt")
    void uniqueBaseNames(ConvertedZip zip) {
        Set<String> baseNames = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        notes(zip).forEach(n -> n.get("attachment").forEach(a -> referenced.add(a.get("url").asText())));
        for (String name : zip.names()) {
            if (name.startsWith("media_attachments/files/")) {
                assertTrue(baseNames.add(name.substring(name.lastIndexOf('/') + 1)), "duplicate base name " + name);
                assertTrue(referenced.contains(name), name + " is referenced");
                assertFalse(name.endsWith(".srt"));
            }
        }
        for (String url : referenced) {
            assertTrue(baseNames.contains(url.substring(url.lastIndexOf('/') + 1)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3.5/§6/§8 tags: Hashtag only (no Mention: X accounts have no actor), name #tag, and the content "
            + "link of each tag has text exactly #tag and href = tag.href (slurp and Misskey turn it back into #tag)")
    void hashtags(ConvertedZip zip) {
        int hashtags = 0;
        for (JsonNode note : notes(zip)) {
            List<ImporterSimulation.Link> links = ImporterSimulation.links(note.get("content").asText());
            for (JsonNode tag : note.get("tag")) {
                assertEquals("Hashtag", tag.get("type").asText(), "no Mention and no unknown tag types");
                assertEquals(List.of("type", "href", "name"), fieldNames(tag));
                String name = tag.get("name").asText();
                assertTrue(name.startsWith("#"), name);
                assertTrue(links.stream().anyMatch(l -> l.text().equals(name) && l.href().equals(tag.get("href").asText())),
                        zip.label() + ": a link [" + name + "](" + tag.get("href").asText() + ") in " + links);
                hashtags++;
            }
        }
        assertTrue(hashtags >= 1, zip.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§6/§8 slurp: no post is skipped as a mention (Markdown never starts with [@ nor contains @word), "
            + "and mentions are links to the X profile")
    void slurpSeesNoMention(ConvertedZip zip) {
        int mentions = 0;
        for (JsonNode note : notes(zip)) {
            String content = note.get("content").asText();
            assertFalse(ImporterSimulation.slurpSkipsAsMention(content), zip.label() + ": slurp would skip "
                    + ImporterSimulation.slurpMarkdown(content));
            for (ImporterSimulation.Link link : ImporterSimulation.links(content)) {
                if (content.contains("@" + ContentHtml.WORD_JOINER + "<a href=\"" + link.href() + "\"")) {
                    mentions++;
                    assertEquals("https://x.com/" + link.text(), link.href());
                }
            }
        }
        assertTrue(mentions >= 1, zip.label() + " has a mention");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§6 Misskey/Sharkey: no link text starts with @ and the MFM holds no @name (nothing becomes a "
            + "mention of a local user)")
    void misskeySeesNoMention(ConvertedZip zip) {
        for (JsonNode note : notes(zip)) {
            String content = note.get("content").asText();
            List<String> tagNames = new ArrayList<>();
            note.get("tag").forEach(t -> tagNames.add(t.get("name").asText()));
            for (ImporterSimulation.Link link : ImporterSimulation.links(content)) {
                assertFalse(link.text().startsWith("@"), link.toString());
            }
            String mfm = ImporterSimulation.misskeyText(content, tagNames);
            assertEquals(List.of(), ImporterSimulation.misskeyMentions(mfm), zip.label() + ": " + mfm);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§6/§8 threads: inReplyTo only to a Note of the same outbox, written before it (self-threads "
            + "survive, Misskey fetches nothing, slurp skips nothing); replies to others and their continuation left out")
    void threads(ConvertedZip zip) {
        Set<String> seen = new HashSet<>();
        int replies = 0;
        for (JsonNode note : notes(zip)) {
            if (!note.get("inReplyTo").isNull()) {
                replies++;
                assertTrue(seen.contains(note.get("inReplyTo").asText()), zip.label() + ": parent "
                        + note.get("inReplyTo").asText() + " is an earlier Note of the outbox");
            }
            seen.add(note.get("id").asText());
        }
        assertTrue(replies >= 2, zip.label() + " keeps its self-thread");
        JsonNode second = note(zip, "(2/3)");
        JsonNode third = note(zip, "(3/3)");
        assertEquals(note(zip, "(1/3)").get("id").asText(), second.get("inReplyTo").asText());
        assertEquals(second.get("id").asText(), third.get("inReplyTo").asText());
        for (String text : List.of("answer to carol", "and one more thing for carol", "thanks, that helped")) {
            assertTrue(notes(zip).stream().noneMatch(n -> n.get("content").asText().contains(text)), text);
        }
        assertTrue(zip.json("report.json").get("leftOut").get("reply_to_other").asLong() >= 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§6 slurp: the language is the contentMap key whose value equals content exactly")
    void contentMapEqualsContent(ConvertedZip zip) {
        int withLanguage = 0;
        for (JsonNode note : notes(zip)) {
            if (note.has("contentMap")) {
                withLanguage++;
                assertEquals(1, note.get("contentMap").size());
                Map.Entry<String, JsonNode> entry = note.get("contentMap").fields().next();
                assertTrue(entry.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"), entry.getKey());
                assertEquals(note.get("content").asText(), entry.getValue().asText());
            }
        }
        assertTrue(isGrailbird(zip) ? withLanguage == 0 : withLanguage >= 1, zip.label()
                + " (Grailbird rows carry no language)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§8 content: t.co links expanded, the media t.co removed, entities escaped exactly once, "
            + "paragraphs and line breaks, no raw < from user text")
    void content(ConvertedZip zip) {
        for (JsonNode note : notes(zip)) {
            String content = note.get("content").asText();
            assertFalse(content.contains("t.co/"), zip.label() + ": " + content);
            assertFalse(content.contains("&amp;amp;") || content.contains("&amp;lt;"), content);
            assertTrue(content.isEmpty() || (content.startsWith("<p>") && content.endsWith("</p>")), content);
            assertFalse(content.contains("<script"), content);
        }
        if (zip.label().equals("example")) {
            assertTrue(note(zip, "Hello from Fledge").get("content").asText()
                    .contains("Moving your posts &lt;somewhere&gt; new &amp; keeping them"));
        } else {
            String escapes = note(zip, "Escapes:").get("content").asText();
            assertTrue(escapes.contains("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;quotes&#39;"), escapes);
            assertTrue(escapes.contains("href=\"https://site.example/a?b=1&amp;c=2\""), escapes);
            assertTrue(note(zip, "Line one").get("content").asText()
                    .equals("<p>Line one<br>line two</p><p>Second paragraph</p>"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§8 long posts carry their full note-tweet text")
    void longPosts(ConvertedZip zip) {
        if (zip.label().equals("example")) {
            String content = note(zip, "Notes from a migration").get("content").asText();
            assertTrue(content.contains("nothing is lost as long as the archive exists."), content);
        } else if (zip.label().equals("G3")) {
            String content = note(zip, "Long post").get("content").asText();
            assertTrue(content.contains("x".repeat(300) + " end"), content);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§4 actor.json: Person with id, followers, outbox, preferredUsername, url (what slurp reads); "
            + "outbox/likes/bookmarks and icon/image rewritten to the archive's files")
    void actor(ConvertedZip zip) {
        JsonNode actor = zip.json("actor.json");
        assertEquals("Person", actor.get("type").asText());
        for (String key : List.of("id", "followers", "following", "inbox", "preferredUsername", "name", "url")) {
            assertTrue(actor.get(key).isTextual() && !actor.get(key).asText().isEmpty(), key);
        }
        assertEquals("outbox.json", actor.get("outbox").asText());
        assertEquals("likes.json", actor.get("likes").asText());
        assertEquals("bookmarks.json", actor.get("bookmarks").asText());
        assertEquals(actor.get("id").asText() + "/followers", actor.get("followers").asText());
        assertTrue(actor.get("published").asText().endsWith("T00:00:00Z"), "creation date at midnight");
        assertFalse(actor.get("manuallyApprovesFollowers").asBoolean());
        if (!zip.label().equals("G0")) {
            assertEquals("avatar.jpg", actor.get("icon").get("url").asText());
            assertEquals("header.jpg", actor.get("image").get("url").asText());
            assertEquals("image/jpeg", actor.get("icon").get("mediaType").asText());
            assertTrue(zip.has("avatar.jpg") && zip.has("header.jpg"));
        } else {
            assertNull(actor.get("icon"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§5 likes.json and bookmarks.json: OrderedCollection of URIs, no totalItems; bookmarks empty")
    void likesAndBookmarks(ConvertedZip zip) {
        JsonNode likes = zip.json("likes.json");
        assertEquals("likes.json", likes.get("id").asText());
        assertEquals("OrderedCollection", likes.get("type").asText());
        assertFalse(likes.has("totalItems"));
        likes.get("orderedItems").forEach(i -> assertTrue(i.asText().matches("https://x\\.com/i/web/status/\\d+"), i.asText()));
        int expected = zip.label().equals("G0") ? 0 : zip.label().equals("example") ? 3 : 2;
        assertEquals(expected, likes.get("orderedItems").size());
        JsonNode bookmarks = zip.json("bookmarks.json");
        assertEquals("bookmarks.json", bookmarks.get("id").asText());
        assertEquals(0, bookmarks.get("orderedItems").size());
        assertFalse(bookmarks.has("totalItems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("report.json: every post is exported or left out with one reason; all reasons listed")
    void reportAccountsForEveryPost(ConvertedZip zip) {
        JsonNode report = zip.json("report.json");
        JsonNode leftOut = report.get("leftOut");
        for (LeftOutReason reason : LeftOutReason.values()) {
            assertTrue(leftOut.get(reason.slug()).canConvertToLong(), reason.slug());
        }
        long accounted = report.get("exported").get("notes").asLong() + report.get("exported").get("announces").asLong();
        for (Iterator<Map.Entry<String, JsonNode>> it = leftOut.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("deleted") && !e.getKey().equals("community")) {
                accounted += e.getValue().asLong();
            }
        }
        assertEquals(report.get("source").get("posts").asLong(), accounted, zip.label());
        assertEquals(items(zip).size(), report.get("exported").get("notes").asLong()
                + report.get("exported").get("announces").asLong());
        assertEquals(zip.names().stream().filter(n -> n.startsWith("media_attachments/")).count(),
                report.get("exported").get("mediaFiles").asLong());
        if (!zip.label().equals("example") && !zip.label().equals("G0")) {
            assertEquals(1, leftOut.get("media_missing").asLong(), "the media-only post whose files are missing");
            assertEquals(1, report.get("attachmentsLeftOut").get("media_missing").asLong());
        }
        if (zip.label().equals("G3")) {
            assertEquals(1, leftOut.get("deleted").asLong());
            assertEquals(1, leftOut.get("community").asLong());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** G0 (Grailbird) archives hold tweets only: no media files, no languages, no likes, no profile. */
    private static boolean isGrailbird(ConvertedZip zip) {
        return zip.label().equals("G0");
    }

    /** Retweets of the source archive: 2 in the example and in each feature archive. */
    private static long retweetsIn(String label) {
        return 2;
    }

    private Map<String, byte[]> sourceMedia(String label) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipFile source = new ZipFile(SOURCES.get(label).zip().toFile())) {
            for (Iterator<? extends ZipEntry> it = source.entries().asIterator(); it.hasNext(); ) {
                ZipEntry e = it.next();
                if (e.getName().contains("tweets_media/") || e.getName().contains("tweet_media/")
                        || e.getName().contains("media/")) {
                    files.put(e.getName(), source.getInputStream(e).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static void forEachField(JsonNode node, java.util.function.BiConsumer<String, JsonNode> action) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                action.accept(e.getKey(), e.getValue());
                forEachField(e.getValue(), action);
            });
        } else if (node.isArray()) {
            node.forEach(n -> forEachField(n, action));
        }
    }

    static void assertBytes(byte[] expected, byte[] actual) {
        assertArrayEquals(expected, actual);
        assertNotNull(actual);
    }
}
