package dev.fledge.problem;

/**
 * A problem the user can act on: bad input, a limit, a broken archive. Carries the {@link ProblemType} and a
 * detail written for the user. Where the problem is inside an archive file, {@link #location()} names the file
 * (path inside the archive) and the 1-based line and column. The detail must never quote archive content.
 */
public class FledgeException extends RuntimeException {
    private final ProblemType type;
    private final FileLocation location;

    public FledgeException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public FledgeException(ProblemType type, String detail, FileLocation location) {
        this(type, detail, location, null);
    }

    public FledgeException(ProblemType type, String detail, FileLocation location, Throwable cause) {
        super(detail, cause, false, false);
        this.type = type;
        this.location = location;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /** Where in the archive the problem is, or null. */
    public FileLocation location() {
        return location;
    }
}
