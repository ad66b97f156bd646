package dev.fledge.model;

import java.time.Instant;
import java.util.List;

/**
 * The account the archive belongs to, merged from {@code account.js}, the manifest's {@code userInfo},
 * {@code account-timezone.js}, {@code verified.js}, {@code protected-history.js}, {@code screen-name-change.js}
 * (or, for classic archives, {@code data/js/user_details.js}). Every field is null when the archive does not say.
 *
 * @param id                X user id (numeric string)
 * @param screenName        current handle, without {@code @}
 * @param displayName       display name as written in the archive
 * @param createdAt         when the account was created
 * @param protectedAccount  whether posts are protected, from the latest action in protected-history.js
 * @param verified          the legacy verified flag of verified.js
 * @param timeZone          the account's time zone setting (e.g. {@code Madrid}), as written
 * @param screenNameChanges renames, oldest first (empty when none)
 */
public record Account(
        String id,
        String screenName,
        String displayName,
        Instant createdAt,
        Boolean protectedAccount,
        Boolean verified,
        String timeZone,
        List<ScreenNameChange> screenNameChanges) {

    public Account {
        screenNameChanges = screenNameChanges == null ? List.of() : List.copyOf(screenNameChanges);
    }
}
