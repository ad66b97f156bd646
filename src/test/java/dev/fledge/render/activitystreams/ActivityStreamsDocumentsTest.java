package dev.fledge.render.activitystreams;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.JsonOutput;
import dev.fledge.render.activitypub.TestArchives;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each document written alone is the document the ZIP holds. */
class ActivityStreamsDocumentsTest {

    @Test
    @DisplayName("actor, outbox, every outbox page, liked, following, followers alone equal the ZIP's")
    void singleDocumentsEqualTheZip(@TempDir Path dir) throws IOException {
        Path zip = TestArchives.write(ExampleArchive.build(), dir, "example");
        ActivityStreamsOptions options = ActivityStreamsArchives.options(null, 4);
        ConvertedZip whole = ActivityStreamsArchives.convert(new TestArchives.Source("example", zip), dir, options);
        ActivityStreamsWriter writer = new ActivityStreamsWriter();

        assertEquals(whole.json("actor.json"), document(zip, dir, d -> write(out -> writer.writeActor(d, options, out))));
        assertEquals(whole.json("liked.json"), document(zip, dir, d -> write(out -> writer.writeLiked(d, options, out))));
        assertEquals(whole.json("following.json"),
                document(zip, dir, d -> write(out -> writer.writeFollowing(d, options, out))));
        assertEquals(whole.json("followers.json"),
                document(zip, dir, d -> write(out -> writer.writeFollowers(d, options, out))));

        int pages = ActivityStreamsArchives.pages(whole).size();
        for (int page = 0; page <= pages; page++) {
            int number = page;
            JsonNode alone = document(zip, dir, d -> {
                Path temp = Files.createDirectory(dir.resolve("spool-" + number));
                try (OutboxSpool spool = writer.spoolOutbox(d, options, temp)) {
                    assertEquals(pages, spool.pages());
                    return write(out -> {
                        try (JsonGenerator g = JsonOutput.compact(out)) {
                            if (number == 0) {
                                spool.writeCollection(g);
                            } else {
                                spool.writePage(g, number);
                            }
                        }
                    });
                } finally {
                    try (var left = Files.list(temp)) {
                        assertEquals(List.of(), left.toList(), "spool files deleted");
                    }
                }
            });
            assertEquals(whole.json(number == 0 ? "outbox.json" : "outbox/page-" + number + ".json"), alone);
        }
    }

    @Test
    @DisplayName("a page the outbox does not have is refused")
    void noSuchPage(@TempDir Path dir) throws IOException {
        Path zip = TestArchives.write(ExampleArchive.build(), dir, "example");
        document(zip, dir, d -> {
            try (OutboxSpool spool = new ActivityStreamsWriter().spoolOutbox(d,
                    ActivityStreamsArchives.options(null, 20), Files.createDirectory(dir.resolve("spool")))) {
                assertEquals(1, spool.pages());
                assertThrows(IllegalArgumentException.class, () -> spool.writePage(
                        JsonOutput.compact(new ByteArrayOutputStream()), 2));
            }
            return null;
        });
    }

    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private interface Use<T> {
        T apply(ArchiveDocument document) throws IOException;
    }

    private static JsonNode write(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.write(out);
        return ConvertedZip.MAPPER.readTree(out.toByteArray());
    }

    private static <T> T document(Path zip, Path dir, Use<T> use) throws IOException {
        Path spool = Files.createTempDirectory(dir, "reader-");
        try (SafeZipArchive archive = SafeZipArchive.open(zip, ArchiveLimits.defaults());
             XArchive document = new XArchiveReader().read(archive, new ReadOptions(false, spool,
                     EnumSet.of(OptionalData.LIKES, OptionalData.RELATIONSHIPS)))) {
            return use.apply(document);
        }
    }
}
