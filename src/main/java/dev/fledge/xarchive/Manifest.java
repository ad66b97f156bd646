package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code data/manifest.js} ({@code window.__THAR_CONFIG}, FORMAT.md §4) the reader uses: the owner
 * ({@code userInfo}), the generation date, and per data type the files (one per part) and the media folder.
 *
 * @param dataTypes by manifest key (camelCase), in manifest order
 */
record Manifest(String accountId, String userName, String displayName, Instant generatedAt,
                Map<String, DataType> dataTypes) {

    /** One {@code dataTypes} entry; {@code files} is empty for media-only entries such as {@code tweetsMedia}. */
    record DataType(String key, List<File> files, String mediaDirectory) {
    }

    /** One part: path relative to the archive root (e.g. {@code data/tweets.js}), global name, declared row count. */
    record File(String fileName, String globalName, Long count) {
    }

    static Manifest of(JsonNode root) {
        JsonNode user = root.path("userInfo");
        JsonNode info = root.path("archiveInfo");
        Map<String, DataType> types = new LinkedHashMap<>();
        JsonNode dataTypes = root.path("dataTypes");
        if (dataTypes.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = dataTypes.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                List<File> files = new ArrayList<>();
                JsonNode fileNodes = e.getValue().path("files");
                if (fileNodes.isArray()) {
                    for (JsonNode f : fileNodes) {
                        String name = JsonFields.text(f, "fileName");
                        if (name != null) {
                            files.add(new File(name, JsonFields.text(f, "globalName"), count(JsonFields.text(f, "count"))));
                        }
                    }
                }
                types.put(e.getKey(), new DataType(e.getKey(), List.copyOf(files),
                        JsonFields.text(e.getValue(), "mediaDirectory")));
            }
        }
        return new Manifest(JsonFields.text(user, "accountId"), JsonFields.text(user, "userName"),
                JsonFields.text(user, "displayName"), ArchiveDates.parse(JsonFields.text(info, "generationDate")),
                types);
    }

    private static Long count(String text) {
        if (!Ids.isId(text) || text.length() > 18) {
            return null;
        }
        return Long.parseLong(text);
    }
}
