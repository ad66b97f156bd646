package dev.fledge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fledge.model.ArchiveWarning;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A job as {@code /api/v1/jobs} answers it (JOBS-CONTRACT.md). Members not known yet are absent, never null. It holds
 * no archive content besides the inspect summary (account and counts), and lives only in memory.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Job", description = "An asynchronous conversion. Members not known yet are absent: `progress` once "
        + "it runs, `summary` and `warnings` once the archive has been read, `result` and `links.result` once it "
        + "succeeded, `error` when it failed, `expiresAt` once it finished.")
public record JobView(
        @Schema(description = "32 lowercase hex digits (128 random bits)", examples = "5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f")
        String id,
        @Schema(enumeration = {"normalized", "mastodon-csv", "mastodon-archive", "activitystreams"},
                examples = "mastodon-archive") String target,
        @Schema(type = SchemaType.STRING, enumeration = {"queued", "running", "succeeded", "failed", "cancelled", "expired"},
                examples = "running") String status,
        @Schema(description = "Progress of the current phase") Progress progress,
        @Schema(description = "The answer of POST /api/v1/inspect for this archive, once it has been read")
        InspectReport summary,
        @Schema(description = "Problems met while reading that did not stop it (as in the summary)")
        List<ArchiveWarning> warnings,
        @Schema(description = "Why the job failed (a problem, as error answers carry)") Problem error,
        @Schema(description = "The result, once the job succeeded") Result result,
        Links links,
        @Schema(examples = "2026-11-27T10:30:00Z") Instant createdAt,
        @Schema(description = "When the result is deleted (the record then answers `expired` for "
                + "`fledge.jobs.record-ttl`, then it is forgotten)", examples = "2026-11-27T11:30:00Z") Instant expiresAt) {

    /** Progress of one phase. */
    @Schema(name = "JobProgress", description = "`reading`: uncompressed bytes of the archive's data files read / to "
            + "read; `writing`: output units (posts, related accounts, media files) written / to write.")
    public record Progress(
            @Schema(enumeration = {"reading", "writing"}, examples = "reading") String phase,
            @Schema(examples = "1048576") long done,
            @Schema(examples = "4194304") long total,
            @Schema(description = "0..100 of the current phase", examples = "25") int percent) {

        static Progress of(String phase, long done, long total) {
            int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
            return new Progress(phase, done, total, percent);
        }
    }

    /** The stored result. */
    @Schema(name = "JobResult", description = "What GET /api/v1/jobs/{id}/result answers")
    public record Result(
            @Schema(examples = "archive-20261127103000-0123456789abcdef0123456789abcdef.zip") String fileName,
            @Schema(examples = "application/zip") String mediaType,
            @Schema(description = "Bytes", examples = "123456") long size) {
    }

    /** Where to go next. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JobLinks")
    public record Links(
            @Schema(examples = "/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f") String self,
            @Schema(examples = "/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/events") String events,
            @Schema(description = "Present once the job succeeded",
                    examples = "/api/v1/jobs/5f0c2c7e9a0b4d3c8e1f2a3b4c5d6e7f/result") String result) {
    }
}
