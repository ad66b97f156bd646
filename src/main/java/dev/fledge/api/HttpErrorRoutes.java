package dev.fledge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.problem.ProblemType;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Errors answered by the HTTP layer before a JAX-RS resource is chosen: a path no route serves (outside the
 * API), a method a management route does not take, and a body larger than {@code quarkus.http.limits.max-body-size}.
 * They get the same {@code application/problem+json} bodies as {@link ProblemMappers}.
 */
@ApplicationScoped
public class HttpErrorRoutes {

    /** Room for multipart boundaries and text fields around the archive part. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final ObjectMapper json;
    private final FledgeMetrics metrics;
    private final FledgeConfig config;

    public HttpErrorRoutes(ObjectMapper json, FledgeMetrics metrics, FledgeConfig config) {
        this.json = json;
        this.metrics = metrics;
        this.config = config;
    }

    void install(@Observes Router router) {
        // Refuse an upload that declares a length over the limit before a byte of it is stored. (The HTTP layer's
        // own limit, quarkus.http.limits.max-body-size, is a backstop set higher: it answers with an empty 413.)
        router.route().order(-1000).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long limit = config.limits().maxUploadSize().asLongValue() + MULTIPART_OVERHEAD;
            if (declared != null && parseLength(declared) > limit) {
                metrics.failure(ProblemType.UPLOAD_TOO_LARGE);
                ctx.response().putHeader("Connection", "close");
                send(ctx, Problem.of(ProblemType.UPLOAD_TOO_LARGE, "The upload declares " + declared
                        + " bytes; this server accepts archives up to " + config.limits().maxUploadSize().asLongValue()
                        + " bytes (fledge.limits.max-upload-size)."));
                return;
            }
            ctx.next();
        });
        router.errorHandler(404, ctx -> send(ctx, Problem.of(ProblemType.NOT_FOUND,
                "There is nothing at this path. The API is described at /q/openapi.")));
        router.errorHandler(405, ctx -> send(ctx, Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                "This path does not accept this method.")));
        router.errorHandler(413, ctx -> {
            metrics.failure(ProblemType.UPLOAD_TOO_LARGE);
            send(ctx, Problem.of(ProblemType.UPLOAD_TOO_LARGE,
                    "The request body is larger than this server accepts (fledge.limits.max-upload-size)."));
        });
    }

    void onStart(@Observes StartupEvent event) {
        // makes sure the bean (and so the router observer) is created eagerly
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.close();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
