package dev.fledge.xarchive;

import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;

import java.util.function.Consumer;

/**
 * Streams follower.js, following.js, block.js (row key {@code blocking}) and mute.js ({@code muting}), all parts,
 * as {@link RelatedAccount} records in file order. Rows without a numeric accountId are skipped with a warning; a
 * missing userLink is filled with the link X writes.
 */
final class RelationshipReader {

    private RelationshipReader() {
    }

    static DataKind kindOf(Relationship relationship) {
        return switch (relationship) {
            case FOLLOWER -> DataKind.FOLLOWERS;
            case FOLLOWING -> DataKind.FOLLOWING;
            case BLOCKED -> DataKind.BLOCKS;
            case MUTED -> DataKind.MUTES;
        };
    }

    /** Calls {@code action} for every valid row; returns how many there were. */
    static long forEach(Relationship relationship, ArchiveLayout layout, DataFileReader reader, Warnings warnings,
                        Consumer<RelatedAccount> action) {
        DataKind kind = kindOf(relationship);
        long[] count = new long[1];
        for (String file : layout.files(kind)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, kind.rowKeys, warnings, (row, issues) -> {
                if (row.isEmpty()) {
                    return; // placeholder row
                }
                String accountId = JsonFields.text(row, "accountId");
                if (!Ids.isId(accountId)) {
                    issues.report("row without a numeric accountId, skipped");
                    return;
                }
                String link = JsonFields.text(row, "userLink");
                count[0]++;
                action.accept(new RelatedAccount(accountId,
                        link != null ? link : "https://twitter.com/intent/user?user_id=" + accountId));
            });
        }
        return count[0];
    }
}
