package dev.fledge.api;

import dev.fledge.model.ArchiveDocument;
import dev.fledge.progress.ProgressDocument;
import dev.fledge.xarchive.OptionalData;
import jakarta.ws.rs.core.MediaType;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One conversion target ({@code normalized}, {@code mastodon-csv}, ...): the options it takes, how it parses them
 * into a {@link Conversion}, and through that what the reader must do and how the answer is written. The synchronous
 * routes ({@code POST /api/v1/convert/{target}}) and jobs ({@code POST /api/v1/jobs}) run every target through
 * {@link Conversions} the same way; {@link ConvertTargets} is the registry.
 */
public interface ConvertTarget {

    /** The name in the path ({@code /api/v1/convert/<name>}) and in a job's {@code target}. */
    String name();

    /** Text options (query parameters or multipart text fields). */
    Set<String> options();

    /** Options that are multipart file parts (e.g. {@code accountMap}); none unless the target says so. */
    default Set<String> fileOptions() {
        return Set.of();
    }

    /**
     * Checks and parses the options; every problem is a 400 naming the option, thrown before the archive is read.
     *
     * @param accepted the media types the client accepts, most preferred first (jobs: {@code application/json})
     */
    Conversion plan(RequestOptions options, UploadedArchive upload, List<MediaType> accepted);

    /** Writes an answer body. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    /** Prepares the answer once the archive has been read; may still refuse the request (400, e.g. a missing page). */
    @FunctionalInterface
    interface Preparer {
        /**
         * @param document the archive as read (through a {@link ProgressDocument} counting the writing phase)
         * @param tempDir  an empty folder of this conversion, deleted when it ends
         */
        Output prepare(ArchiveDocument document, Path tempDir) throws IOException;
    }

    /**
     * A parsed request of a target.
     *
     * @param strict   read strictly (the {@code strict} option)
     * @param spool    whether the posts are needed (spooled for the writing pass)
     * @param include  the optional data the writer streams
     * @param units    what the writing phase's progress counts
     * @param preparer makes the answer after the reading pass
     */
    record Conversion(boolean strict, boolean spool, Set<OptionalData> include, Set<ProgressDocument.Unit> units,
                      Preparer preparer) {
    }

    /**
     * What to answer.
     *
     * @param mediaType the {@code Content-Type}
     * @param fileName  the download name for {@code Content-Disposition: attachment}, or null for none
     * @param headers   further headers (figures of the conversion)
     * @param body      writes the body
     * @param release   what to close when the answer ends, however it ends (may be null)
     */
    record Output(String mediaType, String fileName, Map<String, String> headers, Body body, Closeable release) {
        Output(String mediaType, String fileName, Body body) {
            this(mediaType, fileName, Map.of(), body, null);
        }
    }
}
