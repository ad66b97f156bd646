package dev.fledge.render.activitystreams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitypub.TestArchives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Converting test archives with {@link ActivityStreamsWriter}, and reading the paged outbox of the result. */
final class ActivityStreamsArchives {
    static final ConversionOptions COMMON_DEFAULTS = ConversionOptions.defaults(RetweetPolicy.ANNOUNCE);

    private ActivityStreamsArchives() {
    }

    static ActivityStreamsOptions options(String mediaBaseUrl, int pageSize) {
        return new ActivityStreamsOptions(COMMON_DEFAULTS, mediaBaseUrl, pageSize);
    }

    static ConvertedZip convert(TestArchives.Source source, Path work, ActivityStreamsOptions options) {
        return TestArchives.convert(source, work, (document, out, temp) ->
                new ActivityStreamsWriter().writeZip(document, options, out, temp));
    }

    /** Page documents in page order (1 = newest). */
    static List<JsonNode> pages(ConvertedZip zip) {
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 1; zip.has("outbox/page-" + page + ".json"); page++) {
            pages.add(zip.json("outbox/page-" + page + ".json"));
        }
        return pages;
    }

    /** Every activity of the outbox, newest first. */
    static List<JsonNode> activities(ConvertedZip zip) {
        List<JsonNode> items = new ArrayList<>();
        pages(zip).forEach(p -> p.get("orderedItems").forEach(items::add));
        return items;
    }

    static List<JsonNode> notes(ConvertedZip zip) {
        return activities(zip).stream().filter(a -> a.get("type").asText().equals("Create")).map(a -> a.get("object"))
                .toList();
    }
}
