package dev.fledge.render.activitystreams;

import dev.fledge.render.activitypub.ConversionOptions;

/**
 * Options of the ActivityStreams target.
 *
 * @param common       the options every fediverse target takes
 * @param mediaBaseUrl where the user will host the ZIP's {@code media/} folder (absolute, no trailing slash): media
 *                     {@code url}s are {@code <mediaBaseUrl>/<file>}; null to point them at X's servers
 * @param pageSize     activities per outbox page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record ActivityStreamsOptions(ConversionOptions common, String mediaBaseUrl, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 1000;

    public ActivityStreamsOptions {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE);
        }
        if (mediaBaseUrl != null && mediaBaseUrl.endsWith("/")) {
            throw new IllegalArgumentException("mediaBaseUrl must not end with '/'");
        }
    }
}
