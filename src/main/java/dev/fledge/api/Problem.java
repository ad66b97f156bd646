package dev.fledge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer: RFC 9457 {@code application/problem+json}. {@code file}, {@code line} and
 * {@code column} are set when the problem is inside a file of the uploaded archive; {@code option} names the
 * request option that was wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail; every error answer of Fledge has this shape.")
public record Problem(
        @Schema(description = "URI naming the kind of problem; stable, documented in docs/errors.md",
                examples = "https://fledge.dev/problems/not-a-zip") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Not a ZIP archive") String title,
        @Schema(description = "HTTP status code", examples = "415") int status,
        @Schema(description = "What went wrong in this request, for a person",
                examples = "The upload does not start with a ZIP signature.") String detail,
        @Schema(description = "Path of the archive file the problem is in", examples = "data/tweets.js") String file,
        @Schema(description = "1-based line in that file", examples = "12") Integer line,
        @Schema(description = "1-based column in that line", examples = "7") Integer column,
        @Schema(description = "The request option that was wrong", examples = "since") String option) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null);
    }

    public static Problem of(ProblemType type, String detail, FileLocation location) {
        if (location == null) {
            return of(type, detail);
        }
        return new Problem(type.uri(), type.title(), type.status(), detail,
                location.file(), location.line(), location.column(), null);
    }

    public Problem withOption(String optionName) {
        return new Problem(type, title, status, detail, file, line, column, optionName);
    }
}
