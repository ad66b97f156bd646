package dev.fledge.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.fledge.testkit.ArchiveJson.array;
import static dev.fledge.testkit.ArchiveJson.object;

/**
 * {@code data/manifest.js} ({@code window.__THAR_CONFIG}), always in the old pretty style (FORMAT.md §4, §9):
 * data types sorted by key, one {@code files[]} entry per part with its row count as a string, media-only
 * {@code xxxMedia} entries.
 */
final class Manifest {
    /** One part of a data type: {@code data/tweets-part1.js}, {@code YTD.tweets.part1}, its row count. */
    record Part(String fileName, String globalName, long count) {
    }

    private final Map<String, ObjectNode> dataTypes = new TreeMap<>();

    void dataType(String dataType, List<Part> parts, String mediaDirectory) {
        ObjectNode entry = object();
        if (mediaDirectory != null) {
            entry.put("mediaDirectory", mediaDirectory);
        }
        ArrayNode files = array();
        for (Part part : parts) {
            files.add(object().put("fileName", part.fileName()).put("globalName", part.globalName())
                    .put("count", Long.toString(part.count())));
        }
        entry.set("files", files);
        dataTypes.put(dataType, entry);
    }

    /** A {@code tweetsMedia}-style entry that only names a folder. */
    void mediaOnly(String dataType, String mediaDirectory) {
        dataTypes.put(dataType, object().put("mediaDirectory", mediaDirectory));
    }

    byte[] render(XUser owner, Instant generatedAt, long sizeBytes) {
        ObjectNode config = object();
        config.set("userInfo", object().put("accountId", owner.id()).put("userName", owner.screenName())
                .put("displayName", owner.name()));
        config.set("archiveInfo", object().put("sizeBytes", Long.toString(sizeBytes))
                .put("generationDate", ArchiveJson.isoMillis(generatedAt))
                .put("isPartialArchive", false)
                .put("maxPartSizeBytes", "53687091200"));
        config.set("readmeInfo", object().put("fileName", "data/README.txt").put("directory", "data/")
                .put("name", "README.txt"));
        ObjectNode types = object();
        dataTypes.forEach(types::set);
        config.set("dataTypes", types);
        return ArchiveJson.assignment("window.__THAR_CONFIG = ", config, ArchiveJson.Style.OLD);
    }
}
