package dev.fledge.xarchive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.Like;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams like.js (all parts) as {@link Like} records, in file order (about most recent first). Rows without a
 * numeric tweetId are skipped with a warning; a missing fullText (inaccessible posts, old archives) gives a null text.
 *
 * <p>Likes are often the second largest file of an archive, and they are read twice (once by the reading pass,
 * once by the writer), so rows are read from the parser's tokens without building a tree. The result is the same as
 * {@link DataFileReader#forEachRow} with {@link DataKind#LIKES}' row keys followed by {@link JsonFields#text}: the
 * same unwrapping of {@code {"like": {…}}}, the last of repeated keys wins, numbers and booleans are text, and every
 * value is still parsed in full (so a malformed string or number is an error at the same place as before).
 */
final class LikeReader {
    private static final String TWEET_ID = "tweetId";
    private static final String FULL_TEXT = "fullText";
    private static final String EXPANDED_URL = "expandedUrl";

    private LikeReader() {
    }

    /** Calls {@code action} for every valid like; returns how many there were. */
    static long forEach(ArchiveLayout layout, DataFileReader reader, Warnings warnings, Consumer<Like> action) {
        long[] count = new long[1];
        Set<String> rowKeys = DataKind.LIKES.rowKeys;
        for (String file : layout.files(DataKind.LIKES)) {
            reader.forEachRowStreaming(file, DataFileReader.Wrapper.YTD, warnings, (parser, issues) -> {
                Fields like = row(parser, rowKeys, issues);
                if (like == null || like.keys == 0) {
                    return; // skipped (reported) or a placeholder row
                }
                if (!Ids.isId(like.tweetId)) {
                    issues.report("like without a numeric tweetId, skipped");
                    return;
                }
                count[0]++;
                action.accept(new Like(like.tweetId, like.expandedUrl, HtmlEntities.unescapeOnce(like.fullText)));
            });
        }
        return count[0];
    }

    /** The three fields of one object, by {@link JsonFields#text} rules, and how many distinct keys it had. */
    private static final class Fields {
        String tweetId;
        String fullText;
        String expandedUrl;
        int keys;
        private String firstKey;
        private Set<String> moreKeys;

        void key(String name) {
            if (keys == 0) {
                firstKey = name;
                keys = 1;
            } else if (!name.equals(firstKey)) {
                if (moreKeys == null) {
                    moreKeys = new HashSet<>();
                }
                if (moreKeys.add(name)) {
                    keys++;
                }
            }
        }

        void set(String name, String text) {
            switch (name) {
                case TWEET_ID -> tweetId = text;
                case FULL_TEXT -> fullText = text;
                case EXPANDED_URL -> expandedUrl = text;
                default -> {
                    // not a field of a like
                }
            }
        }
    }

    /**
     * Reads the row at the parser (on its first token) to its end. Returns the like's fields (unwrapped from its row
     * key when it has one), or null when the row is skipped, after reporting why.
     */
    private static Fields row(JsonParser parser, Set<String> rowKeys, RowIssues issues) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            DataFileReader.readTree(parser); // consumed as the tree reader would, with the same errors
            issues.report("row is not a JSON object, skipped");
            return null;
        }
        Fields outer = new Fields();
        String lastKey = null;
        Fields lastObject = null; // the value of the row's last field, when that value is an object
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            outer.key(name);
            lastKey = name;
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                lastObject = object(parser);
                outer.set(name, null);
            } else {
                lastObject = null;
                outer.set(name, scalarText(parser, value));
            }
        }
        // One key whose value is an object: a wrapped row, as DataFileReader.unwrap decides.
        if (outer.keys == 1 && lastObject != null && !rowKeys.isEmpty()) {
            if (rowKeys.contains(lastKey)) {
                return lastObject;
            }
            issues.report("row is wrapped under a key this file type does not use, skipped");
            return null;
        }
        return outer;
    }

    /** Reads an object's fields (the parser is on its START_OBJECT) to its END_OBJECT. */
    private static Fields object(JsonParser parser) throws IOException {
        Fields fields = new Fields();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            fields.key(name);
            JsonToken value = parser.nextToken();
            fields.set(name, value == JsonToken.START_OBJECT ? skipTree(parser) : scalarText(parser, value));
        }
        return fields;
    }

    /**
     * The text of the value at the parser ({@link JsonFields#text}: strings, numbers and booleans; null when empty,
     * null or a container), consuming it. Every string is decoded and every number converted as a tree would be.
     */
    private static String scalarText(JsonParser parser, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_STRING -> {
                String text = parser.getText();
                return text.isEmpty() ? null : text;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                JsonNode node = DataFileReader.readTree(parser);
                String text = node.asText();
                return text.isEmpty() ? null : text;
            }
            case START_ARRAY -> {
                return skipTree(parser);
            }
            default -> {
                return null; // JSON null
            }
        }
    }

    /** Consumes a container as the tree reader would (same limits and errors); its text is null. */
    private static String skipTree(JsonParser parser) throws IOException {
        DataFileReader.readTree(parser);
        return null;
    }
}
