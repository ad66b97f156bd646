package dev.fledge.render.mastodoncsv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV files of a Mastodon CSV export, named as Mastodon's own export names them (so that Mastodon's importer
 * guesses the right type from the file name), with Mastodon's header rows where Mastodon writes one.
 */
public enum CsvFile {
    /** following_accounts.csv: header {@code Account address,Show boosts,Notify on new posts,Languages}. */
    FOLLOWING("following", "following_accounts", "Following list",
            List.of("Account address", "Show boosts", "Notify on new posts", "Languages")),
    /** blocked_accounts.csv: one address per row, no header. */
    BLOCKS("blocks", "blocked_accounts", "Blocking list", List.of()),
    /** muted_accounts.csv: header {@code Account address,Hide notifications}. */
    MUTES("mutes", "muted_accounts", "Muting list", List.of("Account address", "Hide notifications")),
    /** lists.csv: {@code List name,Account address} rows, no header; only from the account map's list column. */
    LISTS("lists", "lists", "Lists", List.of()),
    /** unresolved_accounts.csv: not an import file; what could not be resolved, and why. */
    UNRESOLVED("unresolved", "unresolved_accounts", null,
            List.of("x_id", "screen_name", "profile_url", "source", "reason"));

    private final String option;
    private final String baseName;
    private final String mastodonImportType;
    private final List<String> header;

    CsvFile(String option, String baseName, String mastodonImportType, List<String> header) {
        this.option = option;
        this.baseName = baseName;
        this.mastodonImportType = mastodonImportType;
        this.header = header;
    }

    /** The value of the {@code only} option that asks for this file. */
    public String option() {
        return option;
    }

    /** {@code following_accounts.csv} for part 1, {@code following_accounts-2.csv} for part 2, ... */
    public String fileName(int part) {
        if (part < 1) {
            throw new IllegalArgumentException("parts start at 1");
        }
        return part == 1 ? baseName + ".csv" : baseName + "-" + part + ".csv";
    }

    /** The import type to choose in Mastodon ("Following list", ...), or null for a file that is not imported. */
    public String mastodonImportType() {
        return mastodonImportType;
    }

    /** The header row, empty when the file has none. */
    public List<String> header() {
        return header;
    }

    /** Columns of every row. */
    public int columns() {
        return switch (this) {
            case FOLLOWING -> 4;
            case BLOCKS -> 1;
            case MUTES, LISTS -> 2;
            case UNRESOLVED -> 5;
        };
    }

    public static Optional<CsvFile> byOption(String option) {
        String lower = option == null ? "" : option.toLowerCase(Locale.ROOT);
        for (CsvFile file : values()) {
            if (file.option.equals(lower)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
