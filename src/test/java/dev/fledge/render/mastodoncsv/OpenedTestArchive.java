package dev.fledge.render.mastodoncsv;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** An archive written by the test kit and read the way the mastodon-csv route reads it (relationships and lists). */
final class OpenedTestArchive implements AutoCloseable {
    private final SafeZipArchive zip;
    private final XArchive document;

    private OpenedTestArchive(SafeZipArchive zip, XArchive document) {
        this.zip = zip;
        this.document = document;
    }

    static OpenedTestArchive of(XArchiveBuilder builder, Path dir) {
        Path file = dir.resolve("archive-" + System.nanoTime() + ".zip");
        builder.writeTo(file);
        return open(file);
    }

    static OpenedTestArchive open(Path file) {
        try {
            SafeZipArchive zip = SafeZipArchive.open(file, ArchiveLimits.defaults());
            XArchive document = new XArchiveReader().read(zip,
                    new ReadOptions(false, null, Set.of(OptionalData.RELATIONSHIPS, OptionalData.LISTS)));
            return new OpenedTestArchive(zip, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XArchive document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        document.close();
        zip.close();
    }
}
