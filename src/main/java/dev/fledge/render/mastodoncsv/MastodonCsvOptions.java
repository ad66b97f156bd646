package dev.fledge.render.mastodoncsv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the Mastodon CSV files are written.
 *
 * @param showBoosts           {@code Show boosts} of every following row (Mastodon's default for a follow: true)
 * @param notifyOnNewPosts     {@code Notify on new posts} of every following row (default false)
 * @param languages            {@code Languages} of every following row: ISO 639 codes, empty for all languages
 *                             (the default)
 * @param hideNotifications    {@code Hide notifications} of every muting row (default true)
 * @param bridgeDomain         when not null, accounts whose screen name the archive knows unambiguously get
 *                             {@code screen_name@bridgeDomain} (off by default)
 * @param followingRowsPerFile most rows per following file (default {@value #MASTODON_FOLLOW_LIMIT}, Mastodon's
 *                             follow limit); more go to {@code following_accounts-2.csv}, ...
 * @param rowsPerFile          most rows per blocks, mutes and lists file (default {@value #MASTODON_ROWS_LIMIT},
 *                             Mastodon's rows-per-import limit)
 */
public record MastodonCsvOptions(boolean showBoosts, boolean notifyOnNewPosts, List<String> languages,
                                 boolean hideNotifications, String bridgeDomain, int followingRowsPerFile, int rowsPerFile) {

    /** Mastodon's {@code MAX_FOLLOWS_THRESHOLD}: an account may follow this many before the followers ratio applies. */
    public static final int MASTODON_FOLLOW_LIMIT = 7_500;
    /** Mastodon's {@code ROWS_PROCESSING_LIMIT}: most rows in one import file. */
    public static final int MASTODON_ROWS_LIMIT = 20_000;

    private static final Pattern LANGUAGE = Pattern.compile("([a-z]{2,3})(?:-([a-z]{2}))?");

    public MastodonCsvOptions {
        List<String> normalized = new ArrayList<>();
        for (String language : languages == null ? List.<String>of() : languages) {
            if (languageProblem(language).isPresent()) {
                throw new IllegalArgumentException("not a language code");
            }
            normalized.add(normalizeLanguage(language));
        }
        languages = List.copyOf(new LinkedHashSet<>(normalized));
        if (bridgeDomain != null) {
            if (FediverseAddress.domainProblem(bridgeDomain).isPresent()) {
                throw new IllegalArgumentException("bridgeDomain is not a valid domain");
            }
            bridgeDomain = bridgeDomain.toLowerCase(Locale.ROOT);
        }
        if (followingRowsPerFile < 1 || rowsPerFile < 1) {
            throw new IllegalArgumentException("rows per file must be positive");
        }
    }

    /** Mastodon's plain-follow and plain-mute flags, no bridge, Mastodon's limits. */
    public static MastodonCsvOptions defaults() {
        return new MastodonCsvOptions(true, false, List.of(), true, null, MASTODON_FOLLOW_LIMIT, MASTODON_ROWS_LIMIT);
    }

    public MastodonCsvOptions withBridgeDomain(String domain) {
        return new MastodonCsvOptions(showBoosts, notifyOnNewPosts, languages, hideNotifications, domain,
                followingRowsPerFile, rowsPerFile);
    }

    public MastodonCsvOptions withRowsPerFile(int following, int others) {
        return new MastodonCsvOptions(showBoosts, notifyOnNewPosts, languages, hideNotifications, bridgeDomain,
                following, others);
    }

    public MastodonCsvOptions withFlags(boolean showBoosts, boolean notifyOnNewPosts, List<String> languages,
                                        boolean hideNotifications) {
        return new MastodonCsvOptions(showBoosts, notifyOnNewPosts, languages, hideNotifications, bridgeDomain,
                followingRowsPerFile, rowsPerFile);
    }

    /**
     * What is wrong with a language code, or empty when it has the shape Mastodon uses: an ISO 639-1 or 639-3 code
     * ({@code en}, {@code kab}), optionally with a region ({@code pt-BR}, {@code zh-TW}).
     */
    public static Optional<String> languageProblem(String code) {
        if (code == null || !LANGUAGE.matcher(code.strip().toLowerCase(Locale.ROOT)).matches()) {
            return Optional.of("is not a language code (ISO 639, e.g. en, de, pt-BR)");
        }
        return Optional.empty();
    }

    /** {@code EN} → {@code en}, {@code pt-br} → {@code pt-BR}. */
    static String normalizeLanguage(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash) + "-" + lower.substring(dash + 1).toUpperCase(Locale.ROOT);
    }

    /** The {@code Languages} cell as Mastodon's exporter writes it ({@code languages.join(', ')}). */
    String languagesCell() {
        return String.join(", ", languages);
    }
}
