package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.model.MediaFileCounts;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostOrigin;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs rows through a {@link PostCollector} with a temporary spool and returns everything it produced. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String OWNER_ID = "52338276";
    static final List<String> MEDIA_FOLDERS = List.of("data/tweets_media/");

    private Fixtures() {
    }

    record Collected(List<Post> posts, PostCounts counts, MediaFileCounts media, Warnings warnings,
                     AccountDirectory directory) {
        Post only() {
            if (posts.size() != 1) {
                throw new AssertionError("expected one post, got " + posts.size());
            }
            return posts.get(0);
        }

        Post byId(String id) {
            return posts.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no post " + id));
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tweet rows (G1-G3 objects, without the "tweet" wrapper) as live posts. */
    static Collected tweets(String... rows) {
        return collect(new FakeArchive(), OWNER_ID, c -> {
            for (String row : rows) {
                c.addTweet(json(row), PostOrigin.TWEETS, "data/tweets.js");
            }
        });
    }

    static Collected collect(FakeArchive archive, String ownerId, Consumer<PostCollector> rows) {
        return collect(archive, MEDIA_FOLDERS, ownerId, rows);
    }

    static Collected collect(FakeArchive archive, List<String> mediaFolders, String ownerId,
                             Consumer<PostCollector> rows) {
        Path dir = tempDir();
        try {
            Warnings warnings = new Warnings();
            AccountDirectory directory = new AccountDirectory();
            try (PostCollector collector = new PostCollector(archive, mediaFolders, ownerId, dir, directory,
                    warnings)) {
                rows.accept(collector);
                PostCounts counts = collector.counts();
                List<Post> posts = new ArrayList<>();
                for (Iterator<Post> it = collector.oldestFirst(); it.hasNext(); ) {
                    posts.add(it.next());
                }
                return new Collected(posts, counts, collector.mediaFileCounts(), warnings, directory);
            }
        } finally {
            delete(dir);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("fledge-posts-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-16 slice of the post text at an entity. */
    static String slice(Post post, int start, int end) {
        return post.text().substring(start, end);
    }
}
