package dev.fledge.model;

import java.util.List;

/**
 * The marked-up parts of a post's text, each list ordered by position. Offsets are UTF-16 code units into
 * {@link Post#text()}.
 */
public record PostEntities(List<LinkEntity> links, List<MentionEntity> mentions, List<TagEntity> hashtags,
                           List<TagEntity> cashtags) {

    /** No entities at all. */
    public static final PostEntities NONE = new PostEntities(List.of(), List.of(), List.of(), List.of());

    public PostEntities {
        links = links == null ? List.of() : List.copyOf(links);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        cashtags = cashtags == null ? List.of() : List.copyOf(cashtags);
    }
}
