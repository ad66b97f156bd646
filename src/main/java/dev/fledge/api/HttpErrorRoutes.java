package dev.fledge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.problem.ProblemType;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Answers given by the HTTP layer before a JAX-RS resource is chosen: a missing or wrong API key (401), an upload
 * that declares more bytes than the upload limit (413) or the temporary-disk budget (507) allows, a path no route
 * serves (outside the API), a method a management route does not take, and a body larger than
 * {@code quarkus.http.limits.max-body-size}.
 * They get the same {@code application/problem+json} bodies as {@link ProblemMappers}.
 */
@ApplicationScoped
public class HttpErrorRoutes {

    /**
     * After Quarkus' CORS filter (so that refusals carry CORS headers and preflights are answered by it), before
     * Quarkus' own upload limit and every resource.
     */
    static final int AUTH_ORDER = -200;
    static final int UPLOAD_CHECK_ORDER = -150;

    /** Room for multipart boundaries and text fields around the archive part. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final ObjectMapper json;
    private final FledgeMetrics metrics;
    private final FledgeConfig config;
    private final DiskBudget budget;

    public HttpErrorRoutes(ObjectMapper json, FledgeMetrics metrics, FledgeConfig config, DiskBudget budget) {
        this.json = json;
        this.metrics = metrics;
        this.config = config;
        this.budget = budget;
    }

    void install(@Observes Router router) {
        // API keys: every /api call needs one when keys are configured; CORS preflights (no credentials by design)
        // pass, so does everything outside /api (health, metrics, OpenAPI, the page).
        ApiKeys keys = new ApiKeys(config.security().apiKeys().orElse(List.of()));
        if (keys.required()) {
            router.route().order(AUTH_ORDER).handler(ctx -> {
                String path = ctx.normalizedPath();
                boolean api = path.equals("/api") || path.startsWith("/api/");
                boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                        && ctx.request().getHeader("Access-Control-Request-Method") != null;
                if (!api || preflight || keys.accepts(ctx.request().getHeader("Authorization"),
                        ctx.request().getHeader("X-API-Key"))) {
                    ctx.next();
                    return;
                }
                metrics.failure(ProblemType.UNAUTHORIZED);
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                if (ctx.request().getHeader("Content-Length") != null || ctx.request().getHeader("Transfer-Encoding") != null) {
                    ctx.response().putHeader("Connection", "close"); // do not read an upload we refuse
                }
                send(ctx, Problem.of(ProblemType.UNAUTHORIZED, "This server needs an API key: send it as "
                        + "'Authorization: Bearer <key>' or 'X-API-Key: <key>'."));
            });
        }
        // Refuse an upload that declares a length over the limit before a byte of it is stored. (The HTTP layer's
        // own limit, quarkus.http.limits.max-body-size, is a backstop set higher: it answers with an empty 413.)
        router.route().order(UPLOAD_CHECK_ORDER).handler(ctx -> {
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
            if (declared != null && parseLength(declared) > 0 && isUpload(ctx)) {
                try {
                    budget.checkDeclared(parseLength(declared));
                } catch (dev.fledge.problem.FledgeException e) {
                    metrics.failure(ProblemType.INSUFFICIENT_STORAGE);
                    ctx.response().putHeader("Connection", "close");
                    send(ctx, Problem.of(e.type(), e.detail()));
                    return;
                }
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

    /** A POST to an archive-reading route (the routes whose body is stored in the work directory). */
    private static boolean isUpload(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().startsWith("/api/");
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
