package dev.fledge.api;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.InvalidOptionException;
import dev.fledge.problem.ProblemType;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * The one place where exceptions become HTTP answers. Every error is {@code application/problem+json}
 * ({@link Problem}); nothing else, never a stack trace. Errors the Vert.x layer answers before JAX-RS sees the
 * request (unknown paths outside the API, bodies over the HTTP limit) are mapped in {@link HttpErrorRoutes}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final FledgeMetrics metrics;
    private final long retryAfterSeconds;

    public ProblemMappers(FledgeMetrics metrics, FledgeConfig config) {
        this.metrics = metrics;
        this.retryAfterSeconds = Math.max(1, config.jobs().retryAfter().toSeconds());
    }

    public static Response answer(Problem problem) {
        return builder(problem).build();
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    @ServerExceptionMapper
    public Response fledge(FledgeException e) {
        metrics.failure(e.type());
        Problem problem = Problem.of(e.type(), e.detail(), e.location());
        if (e instanceof InvalidOptionException invalid) {
            problem = problem.withOption(invalid.option());
        }
        Response.ResponseBuilder builder = builder(problem);
        if (e.type() == ProblemType.SERVICE_BUSY) {
            builder.header("Retry-After", retryAfterSeconds);
        }
        if (e.type() == ProblemType.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return answer(Problem.of(ProblemType.NOT_FOUND, "There is nothing at this path. The API is described at /q/openapi."));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allow = String.join(", ", ApiOperations.allowedMethods(uri.getPath()));
        Response.ResponseBuilder builder = builder(Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                "This path does not accept this method." + (allow.isEmpty() ? "" : " Allowed: " + allow + ".")));
        if (!allow.isEmpty()) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return answer(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send the archive as multipart/form-data (part 'archive') or as a raw application/zip body."));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return answer(Problem.of(ProblemType.NOT_ACCEPTABLE,
                "This path cannot answer in the media type the Accept header asks for."));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid.");
        return answer(Problem.of(ProblemType.BAD_REQUEST, detail));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.UPLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
        if (type == ProblemType.INTERNAL) {
            return internal(e);
        }
        return answer(new Problem(type.uri(), type.title(), status, type.title() + ".", null, null, null, null));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e) {
        String incident = UUID.randomUUID().toString();
        // The exception may carry archive content in its message only if a library put it there; log the class
        // and stack, which name code, and the incident id the user sees.
        LOG.errorf(e, "Internal error, incident %s", incident);
        metrics.failure(ProblemType.INTERNAL);
        return answer(Problem.of(ProblemType.INTERNAL,
                "Fledge failed on its side. Nothing was kept. Incident " + incident + " is in the server log."));
    }
}
