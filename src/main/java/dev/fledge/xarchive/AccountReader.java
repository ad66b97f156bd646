package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.model.Account;
import dev.fledge.model.ScreenNameChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads who the archive belongs to: account.js, the manifest's userInfo and generation date, account-timezone.js,
 * verified.js, protected-history.js and screen-name-change.js; for classic archives data/js/user_details.js and
 * payload_details.js. All of these files are tiny; the first valid row of each wins.
 */
final class AccountReader {

    /** The account, when the archive was generated (null when unknown) and the classic archive's bio (or null). */
    record Result(Account account, Instant generatedAt, String classicBio) {
    }

    private AccountReader() {
    }

    static Result read(ArchiveLayout layout, DataFileReader reader, Warnings warnings) {
        AccountFields a = new AccountFields();
        Instant generatedAt = null;
        String classicBio = null;
        Manifest manifest = layout.manifest();
        if (manifest != null) {
            a.id = manifest.accountId();
            a.screenName = manifest.userName();
            a.displayName = manifest.displayName();
            generatedAt = manifest.generatedAt();
        }
        forEach(layout, DataKind.ACCOUNT, reader, warnings, (row, issues) -> {
            if (a.fromAccountFile) {
                return;
            }
            String id = JsonFields.text(row, "accountId");
            if (id == null || !Ids.isId(id)) {
                if (!row.isEmpty()) {
                    issues.report("account row without a numeric accountId, skipped");
                }
                return;
            }
            a.fromAccountFile = true;
            a.id = id;
            a.screenName = orElse(JsonFields.text(row, "username"), a.screenName);
            a.displayName = orElse(JsonFields.text(row, "accountDisplayName"), a.displayName);
            a.createdAt = date(row, "createdAt", issues);
        });
        if (layout.userDetails() != null) {
            ObjectNode details = reader.readObject(layout.userDetails(), DataFileReader.Wrapper.VARIABLE, warnings);
            if (details != null) {
                String id = JsonFields.text(details, "id");
                if (a.id == null && Ids.isId(id)) {
                    a.id = id;
                }
                a.screenName = orElse(a.screenName, JsonFields.text(details, "screen_name"));
                a.displayName = orElse(a.displayName, JsonFields.text(details, "full_name"));
                if (a.createdAt == null) {
                    a.createdAt = ArchiveDates.parse(JsonFields.text(details, "created_at"));
                }
                classicBio = JsonFields.text(details, "bio");
            }
        }
        if (layout.payloadDetails() != null) {
            ObjectNode payload = reader.readObject(layout.payloadDetails(), DataFileReader.Wrapper.VARIABLE, warnings);
            if (payload != null && generatedAt == null) {
                generatedAt = ArchiveDates.parse(JsonFields.text(payload, "created_at"));
            }
        }
        forEach(layout, DataKind.ACCOUNT_TIMEZONE, reader, warnings, (row, issues) -> {
            if (a.timeZone == null) {
                a.timeZone = JsonFields.text(row, "timeZone");
            }
        });
        forEach(layout, DataKind.VERIFIED, reader, warnings, (row, issues) -> {
            if (a.verified == null) {
                a.verified = JsonFields.bool(row, "verified");
            }
        });
        readProtectedHistory(layout, reader, warnings, a);
        List<ScreenNameChange> changes = new ArrayList<>();
        forEach(layout, DataKind.SCREEN_NAME_CHANGE, reader, warnings, (row, issues) -> {
            JsonNode change = row.get("screenNameChange");
            if (change == null || !change.isObject()) {
                change = row;
            }
            String from = JsonFields.text(change, "changedFrom");
            String to = JsonFields.text(change, "changedTo");
            if (from == null && to == null) {
                if (!row.isEmpty()) {
                    issues.report("screen name change without changedFrom and changedTo, skipped");
                }
                return;
            }
            changes.add(new ScreenNameChange(date(change, "changedAt", issues), from, to));
        });
        changes.sort(Comparator.comparing(ScreenNameChange::changedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (a.screenName == null && !changes.isEmpty()) {
            a.screenName = changes.get(changes.size() - 1).changedTo();
        }
        Account account = new Account(a.id, a.screenName, a.displayName, a.createdAt, a.protectedAccount, a.verified,
                a.timeZone, changes);
        return new Result(account, generatedAt, classicBio);
    }

    private static void readProtectedHistory(ArchiveLayout layout, DataFileReader reader, Warnings warnings,
                                             AccountFields a) {
        Instant[] latest = new Instant[1];
        forEach(layout, DataKind.PROTECTED_HISTORY, reader, warnings, (row, issues) -> {
            String action = JsonFields.text(row, "action");
            Instant at = date(row, "protectedAt", issues);
            Boolean isProtected = "Protect".equalsIgnoreCase(action) ? Boolean.TRUE
                    : "Unprotect".equalsIgnoreCase(action) ? Boolean.FALSE : null;
            if (isProtected == null) {
                if (!row.isEmpty()) {
                    issues.report("protected history row with an unknown action, skipped");
                }
                return;
            }
            if (a.protectedAccount == null || (at != null && (latest[0] == null || !at.isBefore(latest[0])))) {
                a.protectedAccount = isProtected;
                latest[0] = at;
            }
        });
    }

    private static void forEach(ArchiveLayout layout, DataKind kind, DataFileReader reader, Warnings warnings,
                                DataFileReader.RowHandler handler) {
        for (String file : layout.files(kind)) {
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, kind.rowKeys, warnings, handler);
        }
    }

    static Instant date(JsonNode node, String field, RowIssues issues) {
        String text = JsonFields.text(node, field);
        Instant parsed = ArchiveDates.parse(text);
        if (text != null && parsed == null) {
            issues.report("unreadable date in " + field + ", left empty");
        }
        return parsed;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static final class AccountFields {
        boolean fromAccountFile;
        String id;
        String screenName;
        String displayName;
        Instant createdAt;
        Boolean protectedAccount;
        Boolean verified;
        String timeZone;
    }
}
