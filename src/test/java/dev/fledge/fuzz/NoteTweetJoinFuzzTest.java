package dev.fledge.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostOrigin;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;
import dev.fledge.xarchive.posts.PostCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes the note-tweet joiner in {@link PostCollector}: fuzzed note-tweet rows (long posts: id, creation time,
 * text, entity and style ranges) and tweet rows (id, time, text, entities) around the same few seconds, so that the
 * joiner has to pick among near candidates. The rows are built from fuzzer choices over pieces that look like X
 * text (mentions, tags, t.co links, HTML entities, emoji) with ranges that hit, miss or overlap them. Checks: no
 * exception and no hidden one in the warnings, posts oldest first, each note joined to at most one post and only to
 * a post of its second (or the next), and every post keeps the text/offset contract.
 *
 * <p>Regression mode replays {@code NoteTweetJoinFuzzTestInputs/joinNotesAndTweets/}; fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=NoteTweetJoinFuzzTest}.
 */
class NoteTweetJoinFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BASE_MILLIS = Instant.parse("2024-01-30T08:14:27Z").toEpochMilli();
    private static final long SNOWFLAKE_EPOCH = 1288834974657L;
    private static final DateTimeFormatter TWITTER_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] PIECES = {"hello ", "@bob", " ", "#tag", "$FLDG", "https://t.co/abc123",
            "&amp;", "&lt;3", "💿", "é", "\n", "＃全角", "@", "#", "…", "👨‍💻", "&gt;&gt;", "https://t.co/x"};
    private static final String[] STYLES = {"Bold", "Italic", "Strikethrough", "Underline", "", "bold"};
    private static final Path SPOOL_ROOT;

    static {
        try {
            SPOOL_ROOT = Files.createTempDirectory("fledge-notes-fuzz-");
            SPOOL_ROOT.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated text with the code-point start of each piece, so that ranges can aim at pieces. */
    private record Text(String value, List<Integer> starts, List<String> pieces) {
        int codePoints() {
            return value.codePointCount(0, value.length());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void joinNotesAndTweets(FuzzedDataProvider data) throws IOException {
        int noteCount = data.consumeInt(0, 6);
        int tweetCount = data.consumeInt(0, 6);
        List<ObjectNode> notes = new ArrayList<>();
        Map<Integer, Long> noteSeconds = new java.util.HashMap<>();
        for (int i = 0; i < noteCount; i++) {
            long millis = BASE_MILLIS + data.consumeInt(-2500, 2500);
            noteSeconds.put(i, Math.floorDiv(millis, 1000L));
            notes.add(note(data, millis));
        }
        List<ObjectNode> tweets = new ArrayList<>();
        for (int i = 0; i < tweetCount; i++) {
            tweets.add(tweet(data, BASE_MILLIS + data.consumeInt(-2500, 2500)));
        }
        Path spool = Files.createTempDirectory(SPOOL_ROOT, "spool-");
        Warnings warnings = new Warnings();
        List<Post> posts = new ArrayList<>();
        PostCounts counts;
        try (PostCollector collector = new PostCollector(null, List.of("data/tweets_media/"), "52338276", spool,
                new AccountDirectory(), warnings)) {
            for (ObjectNode note : notes) {
                collector.addNoteTweet(note, "data/note-tweet.js");
            }
            for (ObjectNode tweet : tweets) {
                collector.addTweet(tweet, PostOrigin.TWEETS, "data/tweets.js");
            }
            counts = collector.counts();
            for (Iterator<Post> it = collector.oldestFirst(); it.hasNext(); ) {
                posts.add(it.next());
            }
        } finally {
            try (Stream<Path> left = Files.list(spool)) {
                if (left.findAny().isPresent()) {
                    throw new AssertionError("the collector left files in its spool after close()");
                }
            }
            Files.delete(spool);
        }
        FuzzChecks.warnings(warnings.entries());
        if (counts.posts() != posts.size() || counts.noteTweets() != noteCount) {
            throw new AssertionError("counts " + counts + " for " + posts.size() + " posts and " + noteCount + " notes");
        }
        Set<Long> allowedSeconds = new HashSet<>(noteSeconds.values());
        long longPosts = 0;
        Instant previous = Instant.MIN;
        for (Post post : posts) {
            FuzzChecks.post(post);
            if (post.createdAt().isBefore(previous)) {
                throw new AssertionError("posts are not oldest first");
            }
            previous = post.createdAt();
            if (post.longPost()) {
                longPosts++;
                long second = post.createdAt().getEpochSecond();
                if (!allowedSeconds.contains(second) && !allowedSeconds.contains(second - 1)) {
                    throw new AssertionError("post " + post.id() + " joined a note of another second");
                }
            }
        }
        if (longPosts > noteCount) {
            throw new AssertionError(longPosts + " long posts from " + noteCount + " notes");
        }
    }

    private static ObjectNode note(FuzzedDataProvider data, long millis) {
        ObjectNode note = JSON.createObjectNode();
        note.put("noteTweetId", id(data, millis));
        String created = Instant.ofEpochMilli(millis - millis % 1000).toString();
        note.put("createdAt", data.consumeInt(0, 15) == 0 ? data.consumeString(30) : created);
        note.put("updatedAt", created);
        ObjectNode core = note.putObject("core");
        Text text = text(data);
        core.put("text", text.value());
        ArrayNode urls = core.putArray("urls");
        ArrayNode mentions = core.putArray("mentions");
        ArrayNode hashtags = core.putArray("hashtags");
        ArrayNode cashtags = core.putArray("cashtags");
        ArrayNode styles = core.putArray("styletags");
        for (int i = data.consumeInt(0, 5); i > 0; i--) {
            int[] range = range(data, text);
            String piece = pieceAt(text, range[0]);
            ObjectNode entity;
            switch (data.consumeInt(0, 4)) {
                case 0 -> {
                    entity = urls.addObject();
                    entity.put("shortUrl", piece);
                    entity.put("expandedUrl", data.consumeBoolean() ? "https://example.com/" + i : data.consumeString(20));
                    entity.put("displayUrl", "example.com/" + i);
                }
                case 1 -> {
                    entity = mentions.addObject();
                    entity.put("screenName", piece.startsWith("@") ? piece.substring(1) : data.consumeString(10));
                }
                case 2 -> {
                    entity = hashtags.addObject();
                    entity.put("text", piece.length() > 1 ? piece.substring(1) : data.consumeString(10));
                }
                case 3 -> {
                    entity = cashtags.addObject();
                    entity.put("text", piece.length() > 1 ? piece.substring(1) : data.consumeString(10));
                }
                default -> {
                    entity = styles.addObject();
                    ArrayNode types = entity.putArray("styleTypes");
                    for (int s = data.consumeInt(0, 2); s >= 0; s--) {
                        types.addObject().put("name", STYLES[data.consumeInt(0, STYLES.length - 1)]);
                    }
                }
            }
            entity.put("fromIndex", String.valueOf(range[0]));
            entity.put("toIndex", String.valueOf(range[1]));
        }
        return note;
    }

    private static ObjectNode tweet(FuzzedDataProvider data, long millis) {
        ObjectNode tweet = JSON.createObjectNode();
        String id = id(data, millis);
        tweet.put("id_str", id);
        tweet.put("id", id);
        tweet.put("created_at", TWITTER_DATE.format(Instant.ofEpochMilli(millis)));
        Text text = text(data);
        tweet.put("full_text", text.value());
        tweet.put("favorite_count", String.valueOf(data.consumeInt(0, 99)));
        ObjectNode entities = tweet.putObject("entities");
        ArrayNode urls = entities.putArray("urls");
        ArrayNode mentions = entities.putArray("user_mentions");
        ArrayNode hashtags = entities.putArray("hashtags");
        ArrayNode symbols = entities.putArray("symbols");
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            int[] range = range(data, text);
            String piece = pieceAt(text, range[0]);
            ObjectNode entity;
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    entity = urls.addObject();
                    entity.put("url", piece);
                    entity.put("expanded_url", "https://example.com/t" + i);
                    entity.put("display_url", "example.com/t" + i);
                }
                case 1 -> {
                    entity = mentions.addObject();
                    entity.put("screen_name", piece.startsWith("@") ? piece.substring(1) : "bob");
                    entity.put("id_str", String.valueOf(1000 + i));
                }
                case 2 -> entity = hashtags.addObject().put("text", piece.length() > 1 ? piece.substring(1) : "tag");
                default -> entity = symbols.addObject().put("text", piece.length() > 1 ? piece.substring(1) : "FLDG");
            }
            entity.putArray("indices").add(String.valueOf(range[0])).add(String.valueOf(range[1]));
        }
        return tweet;
    }

    /** A snowflake id of {@code millis} with a fuzzed sequence part, or now and then any text. */
    private static String id(FuzzedDataProvider data, long millis) {
        if (data.consumeInt(0, 20) == 0) {
            return data.consumeString(25);
        }
        return String.valueOf((millis - SNOWFLAKE_EPOCH) << 22 | data.consumeInt(0, (1 << 22) - 1));
    }

    private static Text text(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (int i = data.consumeInt(0, 12); i > 0; i--) {
            String piece = data.consumeInt(0, 9) == 0 ? data.consumeString(12) : PIECES[data.consumeInt(0, PIECES.length - 1)];
            starts.add(text.codePointCount(0, text.length()));
            pieces.add(piece);
            text.append(piece);
        }
        return new Text(text.toString(), starts, pieces);
    }

    /** Code-point range [from, to): usually one piece (exactly, or off by a little), sometimes anything. */
    private static int[] range(FuzzedDataProvider data, Text text) {
        if (text.pieces().isEmpty() || data.consumeInt(0, 7) == 0) {
            return new int[] {data.consumeInt(-2, text.codePoints() + 3), data.consumeInt(-2, text.codePoints() + 3)};
        }
        int piece = data.consumeInt(0, text.pieces().size() - 1);
        int from = text.starts().get(piece);
        int to = from + text.pieces().get(piece).codePointCount(0, text.pieces().get(piece).length());
        int nudge = data.consumeInt(0, 3) == 0 ? data.consumeInt(-2, 2) : 0;
        return new int[] {from + nudge, to + (data.consumeBoolean() ? 0 : nudge)};
    }

    private static String pieceAt(Text text, int codePoint) {
        int i = text.starts().indexOf(codePoint);
        return i < 0 ? "" : text.pieces().get(i);
    }
}
