package dev.fledge.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every limit and default of the service ({@code fledge.*} in application.properties). Each key can be
 * overridden by an environment variable: upper case, dots and dashes as underscores, e.g.
 * {@code FLEDGE_LIMITS_MAX_UPLOAD_SIZE=10G}. README lists them all.
 */
@ConfigMapping(prefix = "fledge")
public interface FledgeConfig {

    /** Where uploads and spool files go; every request deletes its own files when it ends. */
    @WithDefault("${java.io.tmpdir}/fledge")
    Path workDir();

    Limits limits();

    interface Limits {
        /** Largest accepted upload (the ZIP itself). Above it: 413. */
        @WithDefault("64G")
        MemorySize maxUploadSize();

        /** Most entries (files and folders) in one archive. */
        @WithDefault("2000000")
        int maxEntries();

        /** Largest uncompressed size of one entry. */
        @WithDefault("16G")
        MemorySize maxEntrySize();

        /** Largest sum of the uncompressed sizes of all entries. */
        @WithDefault("256G")
        MemorySize maxTotalUncompressedSize();

        /** Highest uncompressed/compressed ratio allowed for entries of at least {@code ratio-check-min-size}. */
        @WithDefault("200")
        double maxCompressionRatio();

        /** Entries smaller than this are never refused for their compression ratio. */
        @WithDefault("16M")
        MemorySize ratioCheckMinSize();
    }

    Csv csv();

    /** The Mastodon CSV export ({@code POST /api/v1/convert/mastodon-csv}). */
    interface Csv {
        /**
         * Most rows in one following_accounts file; more go to following_accounts-2.csv, ... Default: Mastodon's
         * follow limit (MAX_FOLLOWS_THRESHOLD).
         */
        @WithDefault("7500")
        @Positive
        int followingRowsPerFile();

        /** Most rows in one blocked_accounts, muted_accounts or lists file. Default: Mastodon's rows-per-import limit. */
        @WithDefault("20000")
        @Positive
        int rowsPerFile();

        /** Most rows an uploaded accountMap may have (it is held in memory while the request runs). */
        @WithDefault("100000")
        @Positive
        int maxAccountMapRows();

        /** Largest uploaded accountMap file. */
        @WithDefault("16M")
        MemorySize maxAccountMapSize();
    }

    /** Optional comma-separated API keys; when empty the API is open (local use). */
    Optional<String> apiKeys();
}
