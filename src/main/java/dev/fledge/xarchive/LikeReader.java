package dev.fledge.xarchive;

import dev.fledge.model.Like;

import java.util.function.Consumer;

/**
 * Streams like.js (all parts) as {@link Like} records, in file order (about most recent first). Rows without a
 * numeric tweetId are skipped with a warning; a missing fullText (inaccessible posts, old archives) gives a null text.
 */
final class LikeReader {

    private LikeReader() {
    }

    /** Calls {@code action} for every valid like; returns how many there were. */
    static long forEach(ArchiveLayout layout, DataFileReader reader, Warnings warnings, Consumer<Like> action) {
        long[] count = new long[1];
        for (String file : layout.files(DataKind.LIKES)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, DataKind.LIKES.rowKeys, warnings, (row, issues) -> {
                if (row.isEmpty()) {
                    return; // placeholder row
                }
                String tweetId = JsonFields.text(row, "tweetId");
                if (!Ids.isId(tweetId)) {
                    issues.report("like without a numeric tweetId, skipped");
                    return;
                }
                count[0]++;
                action.accept(new Like(tweetId, JsonFields.text(row, "expandedUrl"),
                        HtmlEntities.unescapeOnce(JsonFields.text(row, "fullText"))));
            });
        }
        return count[0];
    }
}
