package dev.fledge.progress;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.model.Post;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader reports data-file bytes read; ProgressDocument counts what a writer takes; a listener can stop both. */
class ProgressReportingTest {

    record Report(ProgressListener.Phase phase, long done, long total) {
    }

    @Test
    void readingReportsBytesUpToTheTotalAndWritingCountsUnits(@TempDir Path spool) throws Exception {
        List<Report> reports = new ArrayList<>();
        ProgressListener listener = (phase, done, total) -> reports.add(new Report(phase, done, total));
        try (SafeZipArchive zip = SafeZipArchive.open(ExampleArchive.PATH, ArchiveLimits.defaults());
             XArchive archive = new XArchiveReader().read(zip, new ReadOptions(false, spool, Set.of(OptionalData.LIKES),
                     listener))) {
            assertTrue(reports.size() > 2, "several reading reports");
            long total = reports.get(0).total();
            assertTrue(total > 0);
            long previous = -1;
            for (Report report : reports) {
                assertEquals(ProgressListener.Phase.READING, report.phase());
                assertEquals(total, report.total());
                assertTrue(report.done() >= previous && report.done() <= total, report.toString());
                previous = report.done();
            }
            assertEquals(total, reports.get(reports.size() - 1).done());
            assertTrue(reports.stream().anyMatch(r -> r.done() > 0 && r.done() < total), "progress between 0 and total");

            reports.clear();
            archive.forEachLike(like -> { }); // streaming after the pass is not reading progress
            assertTrue(reports.isEmpty());

            ProgressDocument document = new ProgressDocument(archive, Set.of(ProgressDocument.Unit.POSTS,
                    ProgressDocument.Unit.MEDIA_FILES), listener);
            assertEquals(archive.counts().posts() + archive.counts().mediaFiles(), document.total());
            document.start();
            int posts = 0;
            for (Iterator<Post> it = document.posts(); it.hasNext(); it.next()) {
                posts++;
            }
            assertTrue(posts > 0);
            assertEquals(posts, reports.get(reports.size() - 1).done());
            document.finish();
            Report last = reports.get(reports.size() - 1);
            assertEquals(ProgressListener.Phase.WRITING, last.phase());
            assertEquals(document.total(), last.done());
        }
    }

    @Test
    void aListenerThatThrowsStopsTheReading() throws Exception {
        class Stop extends RuntimeException {
        }
        ProgressListener stopAtFirstByte = (phase, done, total) -> {
            if (done > 0) {
                throw new Stop();
            }
        };
        try (SafeZipArchive zip = SafeZipArchive.open(ExampleArchive.PATH, ArchiveLimits.defaults())) {
            assertThrows(Stop.class, () -> new XArchiveReader().read(zip,
                    new ReadOptions(false, null, Set.of(), stopAtFirstByte)));
        }
    }

    @Test
    void mediaFilesOpenedAreUnits(@TempDir Path spool) throws Exception {
        List<Report> reports = new ArrayList<>();
        try (SafeZipArchive zip = SafeZipArchive.open(ExampleArchive.PATH, ArchiveLimits.defaults());
             XArchive archive = new XArchiveReader().read(zip, new ReadOptions(false, spool, Set.of()))) {
            ProgressDocument document = new ProgressDocument(archive, Set.of(ProgressDocument.Unit.MEDIA_FILES),
                    (phase, done, total) -> reports.add(new Report(phase, done, total)));
            String[] first = new String[1];
            zip.forEachEntry("", entry -> {
                if (first[0] == null && entry.path().contains("_media/")) {
                    first[0] = entry.path();
                }
            });
            try (InputStream in = document.openMedia(first[0])) {
                assertTrue(in.read() >= 0);
            }
            assertEquals(List.of(new Report(ProgressListener.Phase.WRITING, 1, archive.counts().mediaFiles())), reports);
        }
    }
}
