package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.TagEntity;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real excerpts in {@code ../shared/x-archive/samples} (skipped when that folder is absent): every row becomes
 * a post whose entity offsets land on the entity text.
 */
class SampleArchiveTest {

    private static final Path SAMPLES = Path.of("..", "shared", "x-archive", "samples");

    @BeforeAll
    static void samplesPresent() {
        assumeTrue(Files.isDirectory(SAMPLES), "samples folder not present");
    }

    private static JsonNode rows(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
        return Fixtures.json(text.substring(text.indexOf('=') + 1));
    }

    private static JsonNode unwrap(JsonNode row, String key) {
        JsonNode inner = row.get(key);
        return inner != null ? inner : row;
    }

    /** Entry names of media-filenames.tsv, as if the archive had those files. */
    private static FakeArchive mediaArchive() throws IOException {
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("media-filenames.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            paths.add(cols[0] + "/" + cols[1]);
        }
        return new FakeArchive(paths.toArray(new String[0]));
    }

    private static final class Run {
        final Path dir = Fixtures.tempDir();
        final Warnings warnings = new Warnings();
        final AccountDirectory directory = new AccountDirectory();
        final PostCollector collector;

        Run(FakeArchive archive, String ownerId) {
            collector = new PostCollector(archive, List.of("data/tweets_media/", "data/tweet_media/"), ownerId, dir,
                    directory, warnings);
        }

        void tweets(String file, PostOrigin origin) throws IOException {
            for (JsonNode row : rows(file)) {
                collector.addTweet(unwrap(row, "tweet"), origin, file);
            }
        }

        List<Post> posts(EnumSet<PostOrigin> origins) {
            List<Post> posts = new ArrayList<>();
            collector.oldestFirst(origins).forEachRemaining(posts::add);
            return posts;
        }

        void close() {
            collector.close();
            Fixtures.delete(dir);
        }
    }

    static void assertEntitiesConsistent(Post post) {
        String text = post.text();
        for (MentionEntity m : post.entities().mentions()) {
            String slice = text.substring(m.start(), m.end());
            assertTrue(slice.substring(1).equalsIgnoreCase(m.screenName())
                    && (slice.charAt(0) == '@' || slice.charAt(0) == '＠'), post.id() + " mention " + slice);
        }
        for (TagEntity t : post.entities().hashtags()) {
            String slice = text.substring(t.start(), t.end());
            assertTrue(slice.endsWith(t.text()) && (slice.startsWith("#") || slice.startsWith("＃")),
                    post.id() + " hashtag " + slice);
        }
        for (TagEntity t : post.entities().cashtags()) {
            assertTrue(text.substring(t.start(), t.end()).equalsIgnoreCase("$" + t.text()), post.id());
        }
        for (LinkEntity l : post.entities().links()) {
            assertEquals(l.expandedUrl(), text.substring(l.start(), l.end()), post.id());
        }
        assertFalse(text.contains("&amp;") || text.contains("&gt;") || text.contains("&lt;"), post.id() + " escaped");
    }

    @Test
    void tweets2024WithNotesEditsAndMedia() throws IOException {
        Run run = new Run(mediaArchive(), "52338276");
        try {
            for (JsonNode row : rows("note-tweet.2024-11.js")) {
                run.collector.addNoteTweet(row.get("noteTweet"), "data/note-tweet.js");
            }
            run.tweets("tweets.2024-11.js", PostOrigin.TWEETS);
            run.tweets("tweets.2024-11.xcom-link.js", PostOrigin.TWEETS);
            PostCounts counts = run.collector.counts();
            assertEquals(9, counts.posts(), "10 rows, one edit chain of two");
            assertEquals(1, counts.editedPosts());
            assertEquals(6, counts.noteTweets());
            assertEquals(2, counts.retweets());
            assertEquals(1, counts.replies());
            assertEquals(2, counts.quotes());
            List<Post> posts = run.posts(EnumSet.of(PostOrigin.TWEETS));
            assertEquals(9, posts.size());
            for (int i = 1; i < posts.size(); i++) {
                assertFalse(posts.get(i).createdAt().isBefore(posts.get(i - 1).createdAt()), "oldest first");
            }
            posts.forEach(SampleArchiveTest::assertEntitiesConsistent);
            Map<String, Post> byId = new LinkedHashMap<>();
            posts.forEach(p -> byId.put(p.id(), p));

            Post longPost = byId.get("1752243867426926637");
            assertTrue(longPost.longPost());
            assertTrue(longPost.text().contains("trabajo (casi) terminado >> trabajo WIP\n- Programar un rato"));
            Post quoteLong = byId.get("1712845356000485462");
            assertTrue(quoteLong.longPost());
            assertTrue(quoteLong.text().endsWith("Check it out 👇"));
            assertEquals(PostKind.QUOTE, quoteLong.kind());
            assertEquals("https://x.com/tinybirdco/status/1712831962212077889", quoteLong.quotedUrl());

            Post edited = byId.get("1767230930890989746");
            assertNotNull(edited);
            assertEquals("1767230669153788276", edited.editHistory().get(0).id());
            assertNull(byId.get("1767230669153788276"));

            Post photos = byId.get("1852245699527643188");
            assertEquals(List.of("data/tweets_media/1852245699527643188-GbR_peKWAAA25BG.jpg",
                    "data/tweets_media/1852245699527643188-GbR_peTXYAEECbW.jpg"),
                    photos.media().stream().map(PostMedia::archivePath).toList());
            assertEquals(PostKind.QUOTE, photos.kind());
            assertEquals("Y en otros municipios y centros también https://twitter.com/pmarsupia/status/1852025209223520402",
                    photos.text());
            assertEquals("data/tweets_media/1841071718988714381-wZwdl2psWVDiB7ej.mp4",
                    byId.get("1841071718988714381").media().get(0).archivePath());
            PostMedia gif = byId.get("1854591356741861770").media().get(0);
            assertEquals(MediaKind.ANIMATED_GIF, gif.kind());
            assertEquals("data/tweets_media/1854591356741861770-GbzVAMlXEAQnc5_.mp4", gif.archivePath());
            assertEquals(PostKind.REPLY, byId.get("1854591356741861770").kind());

            Post oldest = posts.get(0);
            assertEquals("1092177336852774917", oldest.id());
            assertEquals("Todos los triples que anotó Kobe Bryant en su carrera, hecho con #nbastats y @CARTO "
                    + "https://team.carto.com/u/aromeu/builder/4d044f6a-32d4-4584-9363-a3767f270164/embed", oldest.text());
            assertEquals("https://x.com/alrocar/status/1092177336852774917", oldest.url());
            assertEquals(31L, oldest.likeCount());
            assertEquals("Twitter for Android", oldest.sourceApp().name());
            assertEquals("CARTO", run.directory.byId("241079136").orElseThrow().screenName());
            assertEquals(PostKind.RETWEET, byId.get("1838601509098926134").kind(), "the x.com link sample is a retweet");
            assertEquals(0, run.warnings.size());
        } finally {
            run.close();
        }
    }

    @Test
    void tweets2025DeletedAndOlderVintages() throws IOException {
        Run run = new Run(new FakeArchive(), "715628873967271936");
        try {
            run.tweets("tweets.2025-01.js", PostOrigin.TWEETS);
            run.tweets("tweet.2020-04.js", PostOrigin.TWEETS);
            run.tweets("tweet.2021-06.js", PostOrigin.TWEETS);
            run.tweets("tweets.2022-11.mention-not-reply.js", PostOrigin.TWEETS);
            run.tweets("deleted-tweets.2025-01.js", PostOrigin.DELETED);
            PostCounts counts = run.collector.counts();
            assertEquals(8, counts.posts());
            assertEquals(1, counts.deletedPosts());
            assertEquals(3, counts.retweets());
            assertEquals(2, counts.replies());
            List<Post> posts = run.posts(EnumSet.allOf(PostOrigin.class));
            assertEquals(9, posts.size());
            posts.forEach(SampleArchiveTest::assertEntitiesConsistent);
            Map<String, Post> byId = new LinkedHashMap<>();
            posts.forEach(p -> byId.put(p.id(), p));
            assertEquals("1666853579511017488", byId.get("1666864587348508674").retweetOf().originalPostId());
            assertEquals(3, byId.get("1666864587348508674").media().size());
            Post amp = byId.get("1767461285074002429");
            assertTrue(amp.text().contains("@RAGGERTS & @MentorDex"));
            assertTrue(amp.retweetOf().truncated());
            assertNull(byId.get("1494366048480632835").replyTo().screenName());
            assertEquals(PostKind.POST, byId.get("1381525267932401665").kind());
            assertEquals(PostKind.QUOTE, byId.get("1859697493283602664").kind());
            assertEquals(4, byId.get("1393422632171687936").entities().hashtags().size());
            assertEquals(MediaKind.ANIMATED_GIF, byId.get("1200775633598664704").media().get(0).kind());
            assertEquals(PostOrigin.DELETED, byId.get("1830828196125622656").origin());
            assertEquals(0, run.warnings.size());
        } finally {
            run.close();
        }
    }

    @Test
    void grailbirdMonthFilesAndCsv() throws IOException {
        Run json = new Run(new FakeArchive(), null);
        try {
            for (String month : List.of("2019_02.js", "2017_06.js", "2011_09.geo.js")) {
                json.tweets("grailbird/data/js/tweets/" + month, PostOrigin.TWEETS);
            }
            List<Post> posts = json.posts(EnumSet.of(PostOrigin.TWEETS));
            assertEquals(4, posts.size());
            posts.forEach(SampleArchiveTest::assertEntitiesConsistent);
            assertEquals("1093791097401139200", posts.get(3).id());
            assertEquals("https://en.wikipedia.org/wiki/Deep_hypothermic_circulatory_arrest\nIs the person the same one when they wake up?",
                    posts.get(3).text());
            assertEquals(PostKind.REPLY, posts.get(0).kind());
        } finally {
            json.close();
        }
        Run csv = new Run(new FakeArchive(), "854994858712354816");
        try {
            List<Map<String, String>> rows = Csv.read(Files.readString(SAMPLES.resolve("grailbird/tweets.csv")));
            for (Map<String, String> row : rows) {
                csv.collector.addCsvTweet(row, "tweets.csv");
            }
            List<Post> posts = csv.posts(EnumSet.of(PostOrigin.TWEETS));
            assertEquals(3, posts.size());
            posts.forEach(SampleArchiveTest::assertEntitiesConsistent);
            assertEquals("https://twitter.com/brenden_gerelle/status/1093759878970040320/photo/1", posts.get(1).text());
        } finally {
            csv.close();
        }
    }

    /** Just enough RFC 4180 for tweets.csv: quoted fields, doubled quotes, newlines in quotes. */
    static final class Csv {
        static List<Map<String, String>> read(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                if (r.equals(header)) {
                    continue; // the excerpt repeats its header line
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
