package dev.fledge.xarchive;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.progress.ProgressListener;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reading progress counts the files the reading pass reads ({@link XArchiveReader#passFiles}), not every
 * {@code .js} file of the archive: the count reaches its total as the last of them is read, so a progress bar does
 * not jump at the end over data types the reader skips (real archives hold large ones, such as ad impressions).
 */
class ReadingProgressTotalTest {
    private static final XUser BOB = XUser.of("2001", "bob", "Bob");
    private static final XUser CAROL = XUser.of("2002", "carol", "Carol");

    private record Report(long done, long total) {
    }

    /** Records which entries are opened. */
    private static final class RecordingContent implements ArchiveContent {
        private final ArchiveContent content;
        final Set<String> opened = new LinkedHashSet<>();

        RecordingContent(ArchiveContent content) {
            this.content = content;
        }

        @Override
        public String root() {
            return content.root();
        }

        @Override
        public Optional<ArchiveEntry> entry(String path) {
            return content.entry(path);
        }

        @Override
        public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
            content.forEachEntry(prefix, action);
        }

        @Override
        public InputStream open(ArchiveEntry entry) throws IOException {
            opened.add(entry.path());
            return content.open(entry);
        }

        @Override
        public int entryCount() {
            return content.entryCount();
        }

        @Override
        public long totalUncompressedSize() {
            return content.totalUncompressedSize();
        }

        @Override
        public void close() {
        }
    }

    static XArchiveBuilder archive(Generation generation) {
        XArchiveBuilder b = XArchiveBuilder.of(generation)
                .account("1000", "alice", "Alice", Instant.parse("2015-03-14T09:26:53Z"))
                .post(p -> p.text("hello").at("2019-01-05T10:00:00Z").photo())
                .selfReply(p -> p.text("and more"))
                .retweet(BOB, p -> p.text("a picture").photo());
        if (generation != Generation.G0) {
            b.profile(p -> p.bio("Bio").avatar())
                    .like("1080000000000000001", "liked")
                    .follower(BOB.id()).following(CAROL.id()).block("4004").mute("5005")
                    .listCreated("https://twitter.com/alice/lists/123")
                    .listMember("https://twitter.com/bob/lists/friends")
                    .listSubscribed("https://twitter.com/carol/lists/news")
                    .dmConversation(BOB, c -> c.sent("hi").at("2019-02-01T10:00:00Z"))
                    .groupDm(List.of(BOB, CAROL), c -> c.from(CAROL, "hello all").at("2019-02-02T10:00:00Z"))
                    .screenNameChange(Instant.parse("2018-01-01T00:00:00Z"), "alice_old", "alice")
                    .protectedHistory(Instant.parse("2018-02-01T00:00:00Z"), true)
                    // a data type the reader skips, larger than everything it reads
                    .extraDataType("adImpressions", bigRows());
        }
        if (generation == Generation.G3) {
            b.longPost(p -> p.text("long ".repeat(70) + "end")).deletedPost(Instant.parse("2020-01-01T00:00:00Z"),
                    p -> p.text("gone")).communityPost("77", p -> p.text("in a community"));
        }
        return b;
    }

    private static String[] bigRows() {
        String[] rows = new String[300];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "{\"ad\":{\"adsUserData\":{\"note\":\"" + "x".repeat(1000) + i + "\"}}}";
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void thePassReadsTheFilesItCountsAndTheCountEndsAtTheTotal(Generation generation, @TempDir Path dir)
            throws Exception {
        Path zip = dir.resolve("archive.zip");
        archive(generation).writeTo(zip);
        check(zip, dir);
    }

    @Test
    void directMessageHeadersAreCountedWhenOnlyTheyAreThere(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("archive.zip");
        archive(Generation.G3).omitFile("data/direct-messages.js").omitFile("data/direct-messages-group.js")
                .writeTo(zip);
        Set<String> files = check(zip, dir);
        assertTrue(files.contains("data/direct-message-headers.js"), files::toString);
    }

    @Test
    void grailbirdTweetsCsvIsCountedWhenThereAreNoMonthFiles(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("archive.zip");
        archive(Generation.G0).csvOnly().writeTo(zip);
        Set<String> files = check(zip, dir);
        assertTrue(files.stream().anyMatch(f -> f.endsWith("tweets.csv")), files::toString);
    }

    @Test
    void theExampleArchive(@TempDir Path dir) throws Exception {
        check(ExampleArchive.PATH, dir);
    }

    /** Reads {@code zip} with progress; returns the files the pass read. */
    private static Set<String> check(Path zip, Path dir) throws IOException {
        List<Report> reports = new ArrayList<>();
        ProgressListener listener = (phase, done, total) -> reports.add(new Report(done, total));
        try (SafeZipArchive archive = SafeZipArchive.open(zip, ArchiveLimits.defaults())) {
            ArchiveLayout layout = ArchiveLayout.detect(archive, new DataFileReader(archive), new Warnings());
            Set<String> counted = XArchiveReader.passFiles(layout);
            long countedBytes = counted.stream().mapToLong(f -> archive.entry(f).orElseThrow().size()).sum();

            RecordingContent recording = new RecordingContent(archive);
            Path spool = dir.resolve("spool-" + System.nanoTime());
            java.nio.file.Files.createDirectories(spool);
            try (XArchive ignored = new XArchiveReader().read(recording,
                    new ReadOptions(false, spool, EnumSet.allOf(OptionalData.class), listener))) {
                Set<String> read = new LinkedHashSet<>(recording.opened);
                if (layout.manifestPath() != null) {
                    read.remove(layout.manifestPath()); // read by the detection, before counting starts
                }
                assertEquals(counted, read, "the files the pass reads are the files it counts");
            }
            assertTrue(reports.size() > 2);
            for (Report report : reports) {
                assertEquals(countedBytes, report.total(), "the total is the size of the files the pass reads");
            }
            // the report before the final one (finish) already reached the total: no jump at the end
            assertEquals(countedBytes, reports.get(reports.size() - 2).done(), reports.toString());
            assertEquals(countedBytes, reports.get(reports.size() - 1).done());
            return counted;
        }
    }
}
