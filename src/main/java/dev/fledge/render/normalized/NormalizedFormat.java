package dev.fledge.render.normalized;

/** The two shapes of the normalized output: one JSON document, or one JSON record per line (NDJSON). */
public enum NormalizedFormat {
    JSON("application/json"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    NormalizedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
