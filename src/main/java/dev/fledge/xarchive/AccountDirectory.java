package dev.fledge.xarchive;

import dev.fledge.model.KnownAccount;
import dev.fledge.model.KnownAccounts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * X user id → screen name, from everything in the archive that pairs them (own account, mentions, reply fields,
 * screen-name changes).
 *
 * <p>Rules: id {@code "-1"} (X's mark for deleted accounts), blank ids and blank names are ignored; a leading
 * {@code @} is dropped. Per id the newest pairing wins, by the date of the record it came from (an undated pairing
 * counts as older than any dated one; between equally dated pairings the later call wins). Each entry knows the
 * newest date its id was seen with any name. An id seen with two names, or a name seen with two ids, is
 * <em>ambiguous</em>: the entry is still returned, flagged, so callers can decide whether to trust it. Screen names
 * compare case-insensitively ({@code Alice} and {@code alice} are one name).
 *
 * <p>Memory grows with the number of distinct accounts, not with the number of posts.
 */
public final class AccountDirectory implements KnownAccounts {

    private static final class IdState {
        String screenName;
        NameState nameState;
        Instant nameSeenAt;
        boolean dated;
        Instant lastSeen;
        boolean severalNames;
    }

    private static final class NameState {
        String id;
        Instant seenAt;
        boolean dated;
        boolean severalIds;
    }

    private final Map<String, IdState> byId = new HashMap<>();
    private final Map<String, NameState> byName = new HashMap<>();

    /** Records that {@code id} was called {@code screenName} in a record dated {@code seenAt} (may be null). */
    public void record(String id, String screenName, Instant seenAt) {
        if (id == null || screenName == null) {
            return;
        }
        id = id.trim();
        String name = screenName.trim();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (id.isEmpty() || id.equals("-1") || name.isEmpty()) {
            return;
        }
        IdState idState = byId.get(id);
        if (idState != null && idState.screenName.equals(name) && idState.nameState.id.equals(id)) {
            // the common case: the same pairing again; only the dates can change
            if (isNewer(seenAt, idState.nameSeenAt, idState.dated)) {
                idState.nameSeenAt = seenAt;
                idState.dated = seenAt != null;
            }
            if (seenAt != null && (idState.lastSeen == null || seenAt.isAfter(idState.lastSeen))) {
                idState.lastSeen = seenAt;
            }
            NameState nameState = idState.nameState;
            if (isNewer(seenAt, nameState.seenAt, nameState.dated)) {
                nameState.seenAt = seenAt;
                nameState.dated = seenAt != null;
            }
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);

        if (idState == null) {
            idState = new IdState();
            idState.screenName = name;
            idState.nameSeenAt = seenAt;
            idState.dated = seenAt != null;
            byId.put(id, idState);
        } else {
            if (!idState.screenName.equalsIgnoreCase(name)) {
                idState.severalNames = true;
            }
            if (isNewer(seenAt, idState.nameSeenAt, idState.dated)) {
                idState.screenName = name;
                idState.nameSeenAt = seenAt;
                idState.dated = seenAt != null;
            }
        }
        if (seenAt != null && (idState.lastSeen == null || seenAt.isAfter(idState.lastSeen))) {
            idState.lastSeen = seenAt;
        }

        NameState nameState = byName.get(key);
        if (nameState == null) {
            nameState = new NameState();
            nameState.id = id;
            nameState.seenAt = seenAt;
            nameState.dated = seenAt != null;
            byName.put(key, nameState);
        } else {
            if (!nameState.id.equals(id)) {
                nameState.severalIds = true;
            }
            if (isNewer(seenAt, nameState.seenAt, nameState.dated)) {
                nameState.id = id;
                nameState.seenAt = seenAt;
                nameState.dated = seenAt != null;
            }
        }
        if (idState.screenName.equals(name)) {
            idState.nameState = nameState;
        }
    }

    /** An undated pairing never replaces a dated one; otherwise the newer (or equal, later-recorded) one wins. */
    private static boolean isNewer(Instant candidate, Instant current, boolean currentDated) {
        if (candidate == null) {
            return !currentDated;
        }
        return !currentDated || !candidate.isBefore(current);
    }

    /**
     * The account with this id. Its {@code ambiguous} flag is set when the id was seen with several names or its
     * current name with several ids.
     */
    @Override
    public Optional<KnownAccount> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        IdState state = byId.get(id);
        if (state == null) {
            return Optional.empty();
        }
        NameState nameState = byName.get(state.screenName.toLowerCase(Locale.ROOT));
        boolean ambiguous = state.severalNames || (nameState != null && nameState.severalIds);
        return Optional.of(new KnownAccount(id, state.screenName, state.lastSeen, ambiguous));
    }

    /**
     * The account most recently seen with this screen name (case-insensitive, a leading {@code @} is ignored).
     * When several ids used the name (names are recycled after renames) the newest pairing is returned, flagged
     * ambiguous. Empty when the name was never seen.
     */
    @Override
    public Optional<KnownAccount> byScreenName(String screenName) {
        if (screenName == null) {
            return Optional.empty();
        }
        String name = screenName.trim();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        NameState nameState = byName.get(name.toLowerCase(Locale.ROOT));
        if (nameState == null) {
            return Optional.empty();
        }
        IdState idState = byId.get(nameState.id);
        boolean ambiguous = nameState.severalIds || idState.severalNames;
        String spelled = idState.screenName.equalsIgnoreCase(name) ? idState.screenName : name;
        return Optional.of(new KnownAccount(nameState.id, spelled, idState.lastSeen, ambiguous));
    }

    /** Number of distinct account ids known. */
    @Override
    public int size() {
        return byId.size();
    }
}
