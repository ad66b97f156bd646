package dev.fledge.render.activitystreams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.ImporterSimulation;
import dev.fledge.render.activitypub.LeftOutReason;
import dev.fledge.render.activitypub.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.fledge.render.activitystreams.ActivityStreamsArchives.activities;
import static dev.fledge.render.activitystreams.ActivityStreamsArchives.notes;
import static dev.fledge.render.activitystreams.ActivityStreamsArchives.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of ACTIVITYSTREAMS.md (§1 documents, §2 collections and paging, §3 types, §4 arrays, §8 checklist) on
 * the ZIP made from the example archive and from an archive of every generation: once with the defaults and a page
 * size of 3 (so that outboxes have several pages), once with {@code mediaBaseUrl}.
 */
class ActivityStreamsRulesTest {
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    static final Pattern ABSOLUTE = Pattern.compile("https://[a-z0-9.-]+(:\\d+)?/\\S*");
    static final String MEDIA_BASE = "https://files.example/jane/media";
    static final int PAGE_SIZE = 3;

    private static final List<ConvertedZip> PAGED = new ArrayList<>();
    private static final List<ConvertedZip> HOSTED = new ArrayList<>();

    @BeforeAll
    static void convertAll(@TempDir Path dir) {
        for (TestArchives.Source source : TestArchives.all(dir)) {
            PAGED.add(ActivityStreamsArchives.convert(source, dir, ActivityStreamsArchives.options(null, PAGE_SIZE)));
            HOSTED.add(ActivityStreamsArchives.convert(source, dir, ActivityStreamsArchives.options(MEDIA_BASE, 20)));
        }
    }

    static List<ConvertedZip> archives() {
        return PAGED;
    }

    static List<ConvertedZip> hosted() {
        return HOSTED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("layout: actor.json, outbox.json, outbox/page-1..N.json, liked/following/followers.json, media/, "
            + "report.json")
    void layout(ConvertedZip zip) {
        for (String name : List.of("actor.json", "outbox.json", "outbox/page-1.json", "liked.json", "following.json",
                "followers.json", "report.json")) {
            assertTrue(zip.has(name), zip.label() + " lacks " + name);
        }
        int pages = pages(zip).size();
        for (String name : zip.names()) {
            assertTrue(name.matches("outbox/page-[1-9]\\d*\\.json") || name.startsWith("media/")
                    || List.of("actor.json", "outbox.json", "liked.json", "following.json", "followers.json",
                    "report.json").contains(name), name);
            if (name.startsWith("outbox/page-")) {
                int page = Integer.parseInt(name.replaceAll("\\D", ""));
                assertTrue(page >= 1 && page <= pages, name);
            }
            if (name.startsWith("media/")) {
                assertTrue(zip.entry(name).stored(), name + " is STORED");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1 every document is a JSON object whose @context starts with the AS2 context")
    void documents(ConvertedZip zip) {
        for (String name : zip.jsonNames()) {
            if (name.equals("report.json")) {
                continue;
            }
            JsonNode json = zip.json(name);
            assertTrue(json.isObject(), name);
            assertEquals("@context", json.fieldNames().next(), name + ": @context first");
            JsonNode context = json.get("@context");
            String first = context.isArray() ? context.get(0).asText() : context.asText();
            assertEquals("https://www.w3.org/ns/activitystreams", first, name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1/§8 absolute https IRIs for every id, url, href, actor, object, inReplyTo, collection link and "
            + "collection item")
    void absoluteIris(ConvertedZip zip) {
        Set<String> iriKeys = Set.of("id", "url", "href", "actor", "attributedTo", "inReplyTo", "partOf", "first",
                "last", "next", "prev", "outbox", "inbox", "followers", "following", "liked", "object");
        for (String name : zip.jsonNames()) {
            if (name.equals("report.json")) {
                continue;
            }
            walk(zip.json(name), (key, value) -> {
                if (iriKeys.contains(key) && value.isTextual()) {
                    assertTrue(ABSOLUTE.matcher(value.asText()).matches(), name + " " + key + " " + value);
                }
                if ((key.equals("to") || key.equals("cc") || key.equals("orderedItems")) && value.isArray()) {
                    value.forEach(v -> {
                        if (v.isTextual()) {
                            assertTrue(ABSOLUTE.matcher(v.asText()).matches(), name + " " + key + " " + v);
                        }
                    });
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§1/§8 dates YYYY-MM-DDTHH:MM:SSZ")
    void dates(ConvertedZip zip) {
        for (String name : zip.jsonNames()) {
            walk(zip.json(name), (key, value) -> {
                if (key.equals("published") || key.equals("updated")) {
                    assertTrue(DATE.matcher(value.asText()).matches(), name + " " + key + " " + value);
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 outbox.json: OrderedCollection with totalItems = all activities, first = page 1, last = page N, "
            + "no items inline")
    void outboxCollection(ConvertedZip zip) {
        JsonNode outbox = zip.json("outbox.json");
        List<JsonNode> pages = pages(zip);
        assertEquals("OrderedCollection", outbox.get("type").asText());
        assertEquals(activities(zip).size(), outbox.get("totalItems").asInt());
        assertEquals(pages.get(0).get("id").asText(), outbox.get("first").asText());
        assertEquals(pages.get(pages.size() - 1).get("id").asText(), outbox.get("last").asText());
        assertFalse(outbox.has("orderedItems") || outbox.has("items"));
        assertEquals(zip.json("actor.json").get("outbox").asText(), outbox.get("id").asText());
        assertEquals((activities(zip).size() + PAGE_SIZE - 1) / PAGE_SIZE, pages.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 pages: OrderedCollectionPage with orderedItems (never items), partOf, startIndex, prev/next "
            + "chained, ids <outbox>?page=N")
    void pagesChain(ConvertedZip zip) {
        List<JsonNode> pages = pages(zip);
        String outbox = zip.json("outbox.json").get("id").asText();
        for (int i = 0; i < pages.size(); i++) {
            JsonNode page = pages.get(i);
            assertEquals("OrderedCollectionPage", page.get("type").asText());
            assertEquals(outbox + "?page=" + (i + 1), page.get("id").asText());
            assertEquals(outbox, page.get("partOf").asText());
            assertEquals(i * PAGE_SIZE, page.get("startIndex").asInt());
            assertFalse(page.has("items"));
            assertTrue(page.get("orderedItems").size() <= PAGE_SIZE && page.get("orderedItems").size() > 0);
            if (i > 0) {
                assertEquals(pages.get(i - 1).get("id").asText(), page.get("prev").asText());
            } else {
                assertNull(page.get("prev"));
            }
            if (i < pages.size() - 1) {
                assertEquals(pages.get(i + 1).get("id").asText(), page.get("next").asText());
                assertEquals(PAGE_SIZE, page.get("orderedItems").size());
            } else {
                assertNull(page.get("next"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§2 ActivityPub: the outbox is newest first across all pages")
    void newestFirst(ConvertedZip zip) {
        String previous = "9999";
        for (JsonNode activity : activities(zip)) {
            JsonNode object = activity.get("object");
            String at = object.isObject() && object.has("updated") ? object.get("updated").asText()
                    : activity.get("published").asText();
            assertTrue(at.compareTo(previous) <= 0, zip.label() + ": " + at + " before " + previous);
            previous = at;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3/§8 posts as Create of Note, retweets as Announce of the original's URL; no Mention tag")
    void types(ConvertedZip zip) {
        String actor = zip.json("actor.json").get("id").asText();
        int announces = 0;
        for (JsonNode activity : activities(zip)) {
            assertEquals(actor, activity.get("actor").asText());
            assertEquals(activity.get("id").asText(), activity.get("object").isObject()
                    ? activity.get("object").get("id").asText() + "/activity" : activity.get("id").asText());
            switch (activity.get("type").asText()) {
                case "Create" -> {
                    JsonNode note = activity.get("object");
                    assertEquals("Note", note.get("type").asText());
                    assertEquals(actor, note.get("attributedTo").asText());
                    note.get("tag").forEach(t -> assertEquals("Hashtag", t.get("type").asText()));
                    assertFalse(note.has("summary") || note.has("atomUri"), "no Mastodon archive fields");
                }
                case "Announce" -> {
                    announces++;
                    assertTrue(activity.get("object").asText().matches("https://x\\.com/[A-Za-z0-9_]+/status/\\d+"));
                }
                default -> throw new AssertionError(activity.get("type").asText());
            }
        }
        assertTrue(announces >= 1, zip.label());
        JsonNode report = zip.json("report.json");
        assertEquals(2, announces + report.get("leftOut").get(LeftOutReason.RETWEET_ORIGINAL_UNKNOWN.slug()).asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§4/§8 to, cc, tag and attachment always arrays; public addressing by default")
    void arrays(ConvertedZip zip) {
        String followers = zip.json("actor.json").get("followers").asText();
        for (JsonNode activity : activities(zip)) {
            assertEquals(List.of(PUBLIC), strings(activity.get("to")));
            assertEquals(List.of(followers), strings(activity.get("cc")));
            if (activity.get("object").isObject()) {
                JsonNode note = activity.get("object");
                assertTrue(note.get("to").isArray() && note.get("cc").isArray());
                assertTrue(note.get("tag").isArray() && note.get("attachment").isArray());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§8 inReplyTo only to a Note of the export; self-threads kept, replies to others left out")
    void threads(ConvertedZip zip) {
        Set<String> ids = new HashSet<>();
        notes(zip).forEach(n -> ids.add(n.get("id").asText()));
        int replies = 0;
        for (JsonNode note : notes(zip)) {
            if (note.has("inReplyTo")) {
                replies++;
                assertTrue(ids.contains(note.get("inReplyTo").asText()), note.get("inReplyTo").asText());
            }
        }
        assertTrue(replies >= 2, zip.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§8 contentMap only with BCP 47 keys and equal to content; mentions defused, hashtags linked")
    void content(ConvertedZip zip) {
        for (JsonNode note : notes(zip)) {
            String content = note.get("content").asText();
            if (note.has("contentMap")) {
                Map.Entry<String, JsonNode> entry = note.get("contentMap").fields().next();
                assertTrue(entry.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"));
                assertEquals(content, entry.getValue().asText());
            }
            assertFalse(ImporterSimulation.slurpSkipsAsMention(content), content);
            for (JsonNode tag : note.get("tag")) {
                assertTrue(ImporterSimulation.links(content).contains(new ImporterSimulation.Link(
                        tag.get("href").asText(), tag.get("name").asText())), content);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("media without mediaBaseUrl: attachments point at X (photo image, best mp4 for videos), the files "
            + "are still in media/")
    void mediaOnX(ConvertedZip zip) {
        int attachments = 0;
        for (JsonNode note : notes(zip)) {
            for (JsonNode attachment : note.get("attachment")) {
                attachments++;
                String url = attachment.get("url").asText();
                String type = attachment.get("type").asText();
                assertTrue(type.equals("Image") || type.equals("Video"), type);
                if (type.equals("Video")) {
                    assertTrue(url.startsWith("https://video.twimg.com/") && url.contains(".mp4"), url);
                    assertEquals("video/mp4", attachment.get("mediaType").asText());
                } else {
                    assertTrue(url.startsWith("https://pbs.twimg.com/media/"), url);
                }
                assertFalse(attachment.has("name"), "no alt text in X archives");
            }
        }
        assertTrue(attachments >= 2, zip.label());
        assertEquals(zip.names().stream().filter(n -> n.startsWith("media/") && !n.matches("media/(avatar|header)\\..*"))
                .count(), zip.json("report.json").get("exported").get("mediaFiles").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hosted")
    @DisplayName("media with mediaBaseUrl: url = <mediaBaseUrl>/<file> for every file in media/, unique names; "
            + "missing files keep X's URL")
    void mediaHosted(ConvertedZip zip) {
        Set<String> files = new HashSet<>();
        for (JsonNode note : notes(zip)) {
            for (JsonNode attachment : note.get("attachment")) {
                String url = attachment.get("url").asText();
                if (url.startsWith(MEDIA_BASE + "/")) {
                    String file = "media/" + url.substring(MEDIA_BASE.length() + 1);
                    assertTrue(zip.has(file), file);
                    files.add(file);
                } else {
                    assertTrue(url.startsWith("https://pbs.twimg.com/") || url.startsWith("https://video.twimg.com/"),
                            url);
                }
            }
        }
        assertEquals(zip.names().stream().filter(n -> n.startsWith("media/") && !n.matches("media/(avatar|header)\\..*"))
                .collect(java.util.stream.Collectors.toSet()), files);
        JsonNode actor = zip.json("actor.json");
        if (!zip.label().equals("G0")) {
            assertEquals(MEDIA_BASE + "/avatar.jpg", actor.get("icon").get("url").asText());
            assertTrue(zip.has("media/avatar.jpg") && zip.has("media/header.jpg"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3/§5 actor: Person with preferredUsername, name, url, inbox/outbox/followers/following/liked IRIs")
    void actor(ConvertedZip zip) {
        JsonNode actor = zip.json("actor.json");
        assertEquals("Person", actor.get("type").asText());
        String id = actor.get("id").asText();
        assertEquals(id + "/outbox", actor.get("outbox").asText());
        assertEquals(id + "/followers", actor.get("followers").asText());
        assertEquals(id + "/following", actor.get("following").asText());
        assertEquals(id + "/liked", actor.get("liked").asText());
        assertTrue(actor.get("preferredUsername").isTextual() && actor.get("name").isTextual());
        assertTrue(actor.get("attachment").isArray());
        assertFalse(actor.get("discoverable").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("§3 liked, following, followers: OrderedCollections of IRIs (X accounts as https://x.com/i/user/<id>)")
    void collections(ConvertedZip zip) {
        JsonNode actor = zip.json("actor.json");
        int[] expected = zip.label().equals("G0") ? new int[]{0, 0, 0}
                : zip.label().equals("example") ? new int[]{3, 4, 4} : new int[]{2, 1, 2};
        String[] names = {"liked.json", "following.json", "followers.json"};
        String[] keys = {"liked", "following", "followers"};
        for (int i = 0; i < 3; i++) {
            JsonNode collection = zip.json(names[i]);
            assertEquals("OrderedCollection", collection.get("type").asText());
            assertEquals(actor.get(keys[i]).asText(), collection.get("id").asText());
            assertEquals(expected[i], collection.get("orderedItems").size(), zip.label() + " " + names[i]);
            assertEquals(expected[i], collection.get("totalItems").asInt());
            for (JsonNode item : collection.get("orderedItems")) {
                assertTrue(item.asText().matches(i == 0 ? "https://x\\.com/i/web/status/\\d+" : "https://x\\.com/i/user/\\d+"),
                        item.asText());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    @DisplayName("report.json: every post exported or left out with one reason")
    void report(ConvertedZip zip) {
        JsonNode report = zip.json("report.json");
        assertEquals("activitystreams", report.get("target").asText());
        long accounted = report.get("exported").get("notes").asLong() + report.get("exported").get("announces").asLong();
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("leftOut").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("deleted") && !e.getKey().equals("community")) {
                accounted += e.getValue().asLong();
            }
        }
        assertEquals(report.get("source").get("posts").asLong(), accounted);
        assertEquals(activities(zip).size(), report.get("exported").get("notes").asLong()
                + report.get("exported").get("announces").asLong());
        assertEquals(pages(zip).size(), report.get("exported").get("outboxPages").asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void walk(JsonNode node, java.util.function.BiConsumer<String, JsonNode> action) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("@context")) {
                    action.accept(e.getKey(), e.getValue());
                    walk(e.getValue(), action);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, action));
        }
    }
}
