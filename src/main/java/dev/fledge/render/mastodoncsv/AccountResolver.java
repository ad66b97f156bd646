package dev.fledge.render.mastodoncsv;

import dev.fledge.model.KnownAccount;
import dev.fledge.model.KnownAccounts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives X accounts (known by id only, as X exports them) a fediverse address, only from what the user gave, and
 * never by guessing:
 * <ol>
 * <li>an account-map row naming the id;</li>
 * <li>an account-map row naming a screen name that the archive's account directory pairs with this id and no other
 * (matched case-insensitively; a name seen with two ids, or an id seen with two names, is never used);</li>
 * <li>with a bridge domain, {@code screen_name@bridgeDomain} for a screen name the directory pairs with this id
 * alone.</li>
 * </ol>
 * When rows of the map give one account different addresses, the account is not resolved
 * ({@link UnresolvedReason#INVALID_MAPPING}). Otherwise the first rule that applies wins.
 */
public final class AccountResolver {

    /**
     * What {@link #resolve} found for one account: an address and how, or the reason there is none.
     *
     * @param screenName the directory's (newest) screen name for the id, or null when the archive never names it
     * @param entries    the account-map rows that name this account (empty when none)
     */
    public record Resolution(String xId, String screenName, FediverseAddress address, ResolvedBy resolvedBy,
                             UnresolvedReason reason, List<AccountMap.Entry> entries) {
        public boolean resolved() {
            return address != null;
        }
    }

    private final KnownAccounts directory;
    private final AccountMap map;
    private final String bridgeDomain;
    private final Map<String, List<AccountMap.Entry>> screenNameEntriesById = new HashMap<>();
    private final BitSet conflicted = new BitSet();
    private int unknownScreenNames;
    private int ambiguousScreenNames;
    private int conflictingAccounts;

    /**
     * @param bridgeDomain a checked domain ({@link FediverseAddress#domainProblem}), or null for no bridge
     */
    public AccountResolver(KnownAccounts directory, AccountMap map, String bridgeDomain) {
        if (bridgeDomain != null && FediverseAddress.domainProblem(bridgeDomain).isPresent()) {
            throw new IllegalArgumentException("bridgeDomain is not a valid domain");
        }
        this.directory = directory;
        this.map = map;
        this.bridgeDomain = bridgeDomain;
        for (AccountMap.Entry entry : map.entries()) {
            if (entry.byId()) {
                continue;
            }
            Optional<KnownAccount> known = directory.byScreenName(entry.screenName());
            if (known.isEmpty()) {
                unknownScreenNames++;
            } else if (!onlyHolder(known.get(), entry.screenName())) {
                ambiguousScreenNames++;
            } else {
                screenNameEntriesById.computeIfAbsent(known.get().id(), id -> new ArrayList<>(1)).add(entry);
            }
        }
        Set<String> mappedIds = new LinkedHashSet<>(screenNameEntriesById.keySet());
        for (AccountMap.Entry entry : map.entries()) {
            if (entry.byId()) {
                mappedIds.add(entry.xId());
            }
        }
        for (String id : mappedIds) {
            List<AccountMap.Entry> entries = entriesFor(id);
            if (distinctAddresses(entries) > 1) {
                conflictingAccounts++;
                entries.forEach(e -> conflicted.set(e.index()));
            }
        }
    }

    /** The address of account {@code xId}, or why there is none. */
    public Resolution resolve(String xId) {
        Optional<KnownAccount> known = directory.byId(xId);
        String screenName = known.map(KnownAccount::screenName).orElse(null);
        List<AccountMap.Entry> entries = entriesFor(xId);
        if (!entries.isEmpty()) {
            if (distinctAddresses(entries) > 1) {
                return unresolved(xId, screenName, UnresolvedReason.INVALID_MAPPING, entries);
            }
            AccountMap.Entry first = entries.get(0);
            return new Resolution(xId, screenName, first.address(),
                    first.byId() ? ResolvedBy.ACCOUNT_MAP_ID : ResolvedBy.ACCOUNT_MAP_SCREEN_NAME, null, entries);
        }
        if (known.isEmpty()) {
            return unresolved(xId, null, UnresolvedReason.NO_SCREEN_NAME, entries);
        }
        if (known.get().ambiguous() || !nameBelongsOnlyTo(screenName, xId)) {
            return unresolved(xId, screenName, UnresolvedReason.AMBIGUOUS_SCREEN_NAME, entries);
        }
        if (bridgeDomain != null) {
            return FediverseAddress.of(screenName, bridgeDomain)
                    .map(address -> new Resolution(xId, screenName, address, ResolvedBy.BRIDGE_DOMAIN, null, entries))
                    .orElseGet(() -> unresolved(xId, screenName, UnresolvedReason.INVALID_MAPPING, entries));
        }
        return unresolved(xId, screenName, UnresolvedReason.NO_MAPPING, entries);
    }

    /**
     * Whether this map row is one of several rows giving one X account different addresses (such rows are used
     * nowhere, lists.csv included).
     */
    public boolean conflicted(AccountMap.Entry entry) {
        return conflicted.get(entry.index());
    }

    /** Map rows naming a screen name the archive never mentions. */
    public int unknownScreenNames() {
        return unknownScreenNames;
    }

    /** Map rows naming a screen name the archive pairs with several accounts (or whose account had several names). */
    public int ambiguousScreenNames() {
        return ambiguousScreenNames;
    }

    /** X accounts the map gives more than one address. */
    public int conflictingAccounts() {
        return conflictingAccounts;
    }

    public AccountMap map() {
        return map;
    }

    public String bridgeDomain() {
        return bridgeDomain;
    }

    private List<AccountMap.Entry> entriesFor(String xId) {
        List<AccountMap.Entry> named = screenNameEntriesById.get(xId);
        Optional<AccountMap.Entry> byId = map.byId(xId);
        if (byId.isEmpty()) {
            return named == null ? List.of() : named;
        }
        if (named == null) {
            return List.of(byId.get());
        }
        List<AccountMap.Entry> all = new ArrayList<>(named.size() + 1);
        all.add(byId.get());
        all.addAll(named);
        return all;
    }

    private static int distinctAddresses(List<AccountMap.Entry> entries) {
        if (entries.size() < 2) {
            return entries.size();
        }
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(e -> keys.add(e.address().key()));
        return keys.size();
    }

    /** The directory pairs {@code screenName} with {@code known}'s id alone, and that id with this name alone. */
    private boolean onlyHolder(KnownAccount known, String screenName) {
        if (known.ambiguous()) {
            return false;
        }
        Optional<KnownAccount> byId = directory.byId(known.id());
        return byId.isPresent() && !byId.get().ambiguous() && byId.get().screenName().equalsIgnoreCase(screenName);
    }

    private boolean nameBelongsOnlyTo(String screenName, String xId) {
        Optional<KnownAccount> byName = directory.byScreenName(screenName);
        return byName.isPresent() && !byName.get().ambiguous() && byName.get().id().equals(xId);
    }

    private static Resolution unresolved(String xId, String screenName, UnresolvedReason reason,
                                         List<AccountMap.Entry> entries) {
        return new Resolution(xId, screenName, null, null, reason, entries);
    }
}
