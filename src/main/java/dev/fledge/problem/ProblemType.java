package dev.fledge.problem;

/**
 * Every kind of problem Fledge reports, with its HTTP status and the stable slug that forms the RFC 9457
 * {@code type} URI ({@code https://fledge.dev/problems/<slug>}). The core throws {@link FledgeException}
 * with one of these; the REST layer turns it into {@code application/problem+json}. Adding a constant here is
 * how a new error becomes part of the public API: document it in {@code docs/errors.md} as well.
 */
public enum ProblemType {
    // 400: the request itself is wrong
    INVALID_OPTION(400, "invalid-option", "Invalid option"),
    MISSING_ARCHIVE(400, "missing-archive", "No archive in the request"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    // 401
    UNAUTHORIZED(401, "unauthorized", "API key required"),
    // 404, 405, 406, 409, 410
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    JOB_NOT_FINISHED(409, "job-not-finished", "Job not finished"),
    JOB_GONE(410, "job-gone", "Job gone"),
    // 413, 415: the upload
    UPLOAD_TOO_LARGE(413, "upload-too-large", "Upload too large"),
    NOT_A_ZIP(415, "not-a-zip", "Not a ZIP archive"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    // 422: the archive is a ZIP but cannot be used
    BROKEN_ZIP(422, "broken-zip", "Broken or truncated ZIP archive"),
    ENCRYPTED_ENTRY(422, "encrypted-entry", "Encrypted ZIP entry"),
    UNSAFE_ENTRY_NAME(422, "unsafe-entry-name", "Unsafe entry name"),
    DUPLICATE_ENTRY(422, "duplicate-entry", "Duplicate entry name"),
    OVERLAPPING_ENTRIES(422, "overlapping-entries", "Overlapping ZIP entries"),
    TOO_MANY_ENTRIES(422, "too-many-entries", "Too many entries"),
    ENTRY_TOO_LARGE(422, "entry-too-large", "Entry too large"),
    ARCHIVE_TOO_LARGE_UNCOMPRESSED(422, "archive-too-large-uncompressed", "Archive too large when uncompressed"),
    COMPRESSION_RATIO(422, "compression-ratio", "Suspicious compression ratio"),
    ENTRY_SIZE_MISMATCH(422, "entry-size-mismatch", "Entry size does not match the ZIP directory"),
    NOT_AN_X_ARCHIVE(422, "not-an-x-archive", "Not an X archive"),
    INVALID_DATA_FILE(422, "invalid-data-file", "Invalid data file"),
    // 5xx that are the client's concern
    INSUFFICIENT_STORAGE(507, "insufficient-storage", "Not enough temporary disk space"),
    SERVICE_BUSY(503, "service-busy", "Too many conversions at once"),
    INTERNAL(500, "internal", "Internal error");

    public static final String TYPE_BASE = "https://fledge.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The RFC 9457 {@code type} member. */
    public String uri() {
        return TYPE_BASE + slug;
    }
}
