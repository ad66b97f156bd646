package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.model.UserList;
import dev.fledge.model.UserListRelation;

import java.util.function.Consumer;

/**
 * Streams lists-created.js, lists-member.js and lists-subscribed.js (row key {@code userListInfo}) as
 * {@link UserList} records: one per {@code url}, or one per element of the older {@code urls} array.
 */
final class UserListReader {

    private static final UserListRelation[] ORDER = {
            UserListRelation.CREATED, UserListRelation.MEMBER, UserListRelation.SUBSCRIBED};

    private UserListReader() {
    }

    static DataKind kindOf(UserListRelation relation) {
        return switch (relation) {
            case CREATED -> DataKind.LISTS_CREATED;
            case MEMBER -> DataKind.LISTS_MEMBER;
            case SUBSCRIBED -> DataKind.LISTS_SUBSCRIBED;
        };
    }

    /** Calls {@code action} for every list URL of the three files (created, member, subscribed); returns the count. */
    static long forEach(ArchiveLayout layout, DataFileReader reader, Warnings warnings, Consumer<UserList> action) {
        long[] count = new long[1];
        for (UserListRelation relation : ORDER) {
            DataKind kind = kindOf(relation);
            for (String file : layout.files(kind)) {
                reader.forEachRow(file, DataFileReader.Wrapper.YTD, kind.rowKeys, warnings, (row, issues) -> {
                    String url = JsonFields.text(row, "url");
                    JsonNode urls = row.get("urls");
                    if (url != null) {
                        count[0]++;
                        action.accept(new UserList(relation, url));
                    } else if (urls != null && urls.isArray()) {
                        for (JsonNode u : urls) {
                            if (u.isTextual() && !u.textValue().isEmpty()) {
                                count[0]++;
                                action.accept(new UserList(relation, u.textValue()));
                            } else {
                                issues.report("list URL that is not a text, skipped");
                            }
                        }
                    } else if (!row.isEmpty()) {
                        issues.report("list row without url, skipped");
                    }
                });
            }
        }
        return count[0];
    }
}
