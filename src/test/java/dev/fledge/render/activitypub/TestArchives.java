package dev.fledge.render.activitypub;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;

/**
 * The X archives the fediverse writers are tested on: the example archive and one archive per generation (G0 to G3)
 * holding every feature that generation can hold (self-thread, reply to someone and its continuation, mention-first
 * post, retweets with and without a derivable original, quote, photos, video, missing media files, a media-only post
 * whose files are missing, text with {@code <}, {@code &} and quotes, and from G1 on likes, relationships and
 * profile media; G3 adds a long post, an edit, a deleted and a community post). Converts them with a writer into a
 * {@link ConvertedZip}.
 */
public final class TestArchives {
    public static final XUser BOB = XUser.of("2244994945", "bob_ex", "Bob Example");
    public static final XUser CAROL = XUser.of("783214", "carol", "Carol");

    /** A named archive. */
    public record Source(String name, Path zip) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Writes a converter's output for an opened archive. */
    @FunctionalInterface
    public interface Writer {
        void write(ArchiveDocument document, OutputStream out, Path tempDir) throws IOException;
    }

    private TestArchives() {
    }

    /** The example archive and the feature archive of every generation, written into {@code dir}. */
    public static List<Source> all(Path dir) {
        return Stream.concat(Stream.of(new Source("example", write(ExampleArchive.build(), dir, "example"))),
                Stream.of(Generation.values()).map(g -> new Source(g.name(), write(features(g), dir, g.name()))))
                .toList();
    }

    public static Path write(XArchiveBuilder builder, Path dir, String name) {
        Path zip = dir.resolve(name + ".zip");
        if (!Files.exists(zip)) {
            builder.writeTo(zip);
        }
        return zip;
    }

    /** Every feature the generation can hold. */
    public static XArchiveBuilder features(Generation generation) {
        XArchiveBuilder b = XArchiveBuilder.of(generation)
                .account("1111111111", "featured_acct", "Feature <Tester> & Co", Instant.parse("2016-04-01T10:00:00Z"));
        boolean current = generation == Generation.G3;
        if (generation != Generation.G0) {
            b.profile(p -> p.bio("Bio with <b>tags</b> & @someone, see https://bio.example/x").website("https://t.co/AbCdEf1234")
                    .location("Harbour & Hill").avatar().header());
        }
        b.post(p -> p.text("Escapes: <script>alert(\"x\")</script> & 'quotes' ", link("https://site.example/a?b=1&c=2"),
                        " ", hashtag("fedi"), " ", mention(BOB), " ", cashtag("ABC"), " mail me@example.com")
                        .at("2021-01-05T10:00:00Z"))
                .post(p -> p.text("Line one\nline two\n\nSecond paragraph").at("2021-01-06T10:00:00Z"))
                .post(p -> p.text("Thread start (1/3)").at("2021-01-07T10:00:00Z"))
                .selfReply(p -> p.text("(2/3) middle"))
                .selfReply(p -> p.text("(3/3) end ", hashtag("fedi")))
                .reply(CAROL, "1349000000000000000", p -> p.text("answer to carol").at("2021-01-08T10:00:00Z"))
                .selfReply(p -> p.text("and one more thing for carol"))
                .mentionFirst(BOB, p -> p.text("says hi first").at("2021-01-09T10:00:00Z"))
                .post(p -> p.text("Two photos").photo().photo().at("2021-01-10T10:00:00Z"))
                .post(p -> p.text("Missing files but text").photo().mediaFilesMissing().at("2021-01-11T10:00:00Z"))
                .post(p -> p.text().photo().mediaFilesMissing().at("2021-01-12T10:00:00Z"))
                .retweet(BOB, p -> p.text("Bob's photo").photo().originalId("1349500000000000000")
                        .at("2021-01-13T10:00:00Z"))
                .retweet(CAROL, p -> p.text("Carol's words only").at("2021-01-14T10:00:00Z"))
                .quote("https://twitter.com/carol/status/1349600000000000000", p -> p.text("Look at this")
                        .at("2021-01-15T10:00:00Z"));
        if (generation != Generation.G0) {
            b.post(p -> p.text("A short video").video().at("2021-01-16T10:00:00Z"));
        }
        if (current) {
            b.longPost(p -> p.text("Long post ", mention(BOB), " ", "x".repeat(300), " end")
                            .at("2023-03-01T10:00:00Z"))
                    .editedPost(p -> p.text("Edited post, frist version").at("2023-03-02T10:00:00Z"),
                            p -> p.text("Edited post, first version"))
                    .selfReply(p -> p.text("reply to the edited post"))
                    .deletedPost(Instant.parse("2023-03-05T10:00:00Z"), p -> p.text("deleted one")
                            .at("2023-03-04T10:00:00Z"))
                    .communityPost("1500000000000000001", p -> p.text("in a community").at("2023-03-06T10:00:00Z"));
        }
        if (generation != Generation.G0) {
            b.like("1349700000000000000", "liked text")
                    .like("1349700000000000001")
                    .follower(BOB.id(), CAROL.id())
                    .following(BOB.id());
        }
        return b;
    }

    /** Reads {@code zip} and writes the converter's output into memory. */
    public static ConvertedZip convert(Source source, Path work, Writer writer) {
        return ConvertedZip.of(bytes(source.zip(), work, writer), source.name());
    }

    /** Reads {@code zip} and returns the converter's output bytes. */
    public static byte[] bytes(Path zip, Path work, Writer writer) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(work, "run-");
            Path spool = Files.createDirectory(dir.resolve("spool"));
            Path temp = Files.createDirectory(dir.resolve("temp"));
            try (SafeZipArchive archive = SafeZipArchive.open(zip, ArchiveLimits.defaults());
                 XArchive document = new XArchiveReader().read(archive,
                         new ReadOptions(false, spool, EnumSet.of(OptionalData.LIKES, OptionalData.RELATIONSHIPS)))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(document, out, temp);
                try (Stream<Path> left = Files.list(temp)) {
                    List<Path> files = left.toList();
                    if (!files.isEmpty()) {
                        throw new AssertionError("the writer left temporary files: " + files);
                    }
                }
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
