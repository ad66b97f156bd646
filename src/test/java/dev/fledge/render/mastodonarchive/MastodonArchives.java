package dev.fledge.render.mastodonarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.render.activitypub.InMemoryDocument;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitypub.TestArchives;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Converting test archives with {@link MastodonArchiveWriter}, and reading the outbox of the result. */
final class MastodonArchives {
    static final ConversionOptions DEFAULTS = ConversionOptions.defaults(RetweetPolicy.SKIP);

    private MastodonArchives() {
    }

    static ConvertedZip convert(TestArchives.Source source, Path work, ConversionOptions options) {
        return TestArchives.convert(source, work, (document, out, temp) ->
                new MastodonArchiveWriter().write(document, options, out, temp));
    }

    static ConvertedZip convert(InMemoryDocument document, ConversionOptions options) {
        try {
            Path temp = Files.createTempDirectory("fledge-mastodon-test");
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new MastodonArchiveWriter().write(document, options, out, temp);
                return ConvertedZip.of(out.toByteArray(), "in-memory");
            } finally {
                Files.delete(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outbox's items, in file order. */
    static List<JsonNode> items(ConvertedZip zip) {
        List<JsonNode> items = new ArrayList<>();
        zip.json("outbox.json").get("orderedItems").forEach(items::add);
        return items;
    }

    /** The {@code object}s of the {@code Create} items. */
    static List<JsonNode> notes(ConvertedZip zip) {
        return items(zip).stream().filter(i -> i.get("type").asText().equals("Create")).map(i -> i.get("object"))
                .toList();
    }

    /** The only note whose content contains {@code text}. */
    static JsonNode note(ConvertedZip zip, String text) {
        List<JsonNode> found = notes(zip).stream().filter(n -> n.get("content").asText().contains(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError(zip.label() + ": " + found.size() + " notes contain '" + text + "'");
        }
        return found.get(0);
    }
}
