package dev.fledge.render.mastodoncsv;

import java.util.EnumMap;
import java.util.Map;

/**
 * What resolution gave for one {@link Source}: accounts, resolved by how, unresolved by why, and the rows written
 * (one per distinct address: two X accounts mapped to one address give one row).
 */
public final class SourceFigures {
    private long accounts;
    private long duplicateIds;
    private long rows;
    private final EnumMap<ResolvedBy, Long> resolvedBy = new EnumMap<>(ResolvedBy.class);
    private final EnumMap<UnresolvedReason, Long> unresolvedBy = new EnumMap<>(UnresolvedReason.class);

    SourceFigures() {
        for (ResolvedBy by : ResolvedBy.values()) {
            resolvedBy.put(by, 0L);
        }
        for (UnresolvedReason reason : UnresolvedReason.values()) {
            unresolvedBy.put(reason, 0L);
        }
    }

    void count(AccountResolver.Resolution resolution, boolean newRow) {
        accounts++;
        if (resolution.resolved()) {
            resolvedBy.merge(resolution.resolvedBy(), 1L, Long::sum);
            if (newRow) {
                rows++;
            }
        } else {
            unresolvedBy.merge(resolution.reason(), 1L, Long::sum);
        }
    }

    void countDuplicateId() {
        duplicateIds++;
    }

    /** Distinct X accounts in the archive's list (an id listed twice counts once). */
    public long accounts() {
        return accounts;
    }

    /** Rows of the archive's list skipped because they repeat an id. */
    public long duplicateIds() {
        return duplicateIds;
    }

    public long resolved() {
        return resolvedBy.values().stream().mapToLong(Long::longValue).sum();
    }

    public long unresolved() {
        return unresolvedBy.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows written to the import file(s): resolved accounts with distinct addresses. */
    public long rows() {
        return rows;
    }

    public long resolved(ResolvedBy by) {
        return resolvedBy.get(by);
    }

    public long unresolved(UnresolvedReason reason) {
        return unresolvedBy.get(reason);
    }

    public Map<ResolvedBy, Long> resolvedBy() {
        return Map.copyOf(resolvedBy);
    }

    public Map<UnresolvedReason, Long> unresolvedBy() {
        return Map.copyOf(unresolvedBy);
    }
}
