package dev.fledge.render.mastodoncsv;

import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.KnownAccount;
import dev.fledge.model.Relationship;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An account map for a generated archive that covers half of the followed accounts (every second distinct id):
 * by screen name where the archive names the account unambiguously and the row number is a multiple of four, by id
 * otherwise; addresses spread over 17 made-up servers. Every row must resolve.
 */
final class HalfFollowingMap {
    final String csv;
    final int rows;
    final int byScreenName;
    /** The X ids the map gives an address (they resolve wherever they appear: following, blocks or mutes). */
    final Set<String> coveredIds;

    private HalfFollowingMap(String csv, int rows, int byScreenName, Set<String> coveredIds) {
        this.csv = csv;
        this.rows = rows;
        this.byScreenName = byScreenName;
        this.coveredIds = coveredIds;
    }

    static HalfFollowingMap of(ArchiveDocument document) {
        StringBuilder csv = new StringBuilder("x,fediverse\n");
        Set<String> seen = new HashSet<>();
        Set<String> covered = new HashSet<>();
        int[] counts = new int[3]; // distinct ids, rows, rows by screen name
        document.forEachRelatedAccount(Relationship.FOLLOWING, account -> {
            if (!seen.add(account.accountId()) || counts[0]++ % 2 != 0) {
                return;
            }
            int row = counts[1]++;
            covered.add(account.accountId());
            String address = "f" + row + "@fedi" + (row % 17) + ".example";
            Optional<KnownAccount> known = document.knownAccounts().byId(account.accountId());
            boolean byName = row % 4 == 0 && known.isPresent() && !known.get().ambiguous()
                    && document.knownAccounts().byScreenName(known.get().screenName())
                    .map(k -> !k.ambiguous() && k.id().equals(account.accountId())).orElse(false);
            if (byName) {
                counts[2]++;
                csv.append('@').append(known.get().screenName());
            } else {
                csv.append(account.accountId());
            }
            csv.append(',').append(address).append('\n');
        });
        return new HalfFollowingMap(csv.toString(), counts[1], counts[2], covered);
    }
}
