package dev.fledge.api;

import dev.fledge.progress.ProgressDocument;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The synchronous pipeline of {@code POST /api/v1/convert/{target}}, the same for every {@link ConvertTarget}: a
 * slot of the {@link ConversionGate} (503 when the queue is full), the upload, the target's options (400 before
 * reading), the reading pass (progress logged by {@link ProgressLog}), the target's answer streamed, and everything
 * released when the answer is complete, fails or the client goes away.
 */
@ApplicationScoped
public class Conversions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArchiveRequests requests;
    private final ConvertTargets targets;
    private final WorkDir workDir;

    public Conversions(ArchiveRequests requests, ConvertTargets targets, WorkDir workDir) {
        this.requests = requests;
        this.targets = targets;
        this.workDir = workDir;
    }

    /** A short random id tying the log lines of one request together (no archive content). */
    static String requestId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Converts the upload {@code upload} supplies (taken only once a slot is free) to {@code targetName}.
     *
     * @param routing the request's routing context: its end handler releases everything if the answer never completes
     */
    public Response convert(String targetName, Supplier<UploadedArchive> upload, UriInfo uri, HttpHeaders headers,
                            RoutingContext routing) {
        ConvertTarget target = targets.byName(targetName);
        Cleanup cleanup = new Cleanup();
        try {
            cleanup.add(requests.admit());
            UploadedArchive archive = upload.get();
            cleanup.add(archive);
            RequestOptions options = requests.convertOptions(uri.getQueryParameters(), archive, target.options(),
                    target.fileOptions());
            ConvertTarget.Conversion conversion = target.plan(options, archive, headers.getAcceptableMediaTypes());
            ProgressLog log = new ProgressLog(target.name(), requestId());
            OpenedArchive opened = requests.open(archive, conversion.strict(), conversion.spool(), conversion.include(), log);
            cleanup.add(opened);
            Path temp = workDir.newSpoolDir();
            cleanup.add(() -> WorkDir.deleteTree(temp));
            ProgressDocument document = new ProgressDocument(opened.document(), conversion.units(), log);
            ConvertTarget.Output output = conversion.preparer().prepare(document, temp);
            cleanup.add(output.release());
            Map<String, String> answerHeaders = new LinkedHashMap<>(output.headers());
            if (output.fileName() != null) {
                answerHeaders.put("Content-Disposition", "attachment; filename=\"" + output.fileName() + "\"");
            }
            if (routing != null) {
                routing.addEndHandler(ended -> cleanup.run());
            }
            return requests.stream(opened, target.name(), output.mediaType(), answerHeaders, out -> {
                document.start();
                output.body().writeTo(out);
                document.finish();
            }, cleanup);
        } catch (IOException e) {
            cleanup.run();
            throw new UncheckedIOException("could not prepare the answer", e);
        } catch (RuntimeException | Error e) {
            cleanup.run();
            throw e;
        }
    }
}
