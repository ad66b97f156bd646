package dev.fledge.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

        /**
         * Most bytes Fledge's own temporary files (uploads, job results) may take in the work directory at once.
         * Unset: whatever the work directory's disk has free, minus {@link #tempDiskMargin()}. Past it: 507.
         */
        Optional<MemorySize> tempDiskBudget();

        /** Without a {@link #tempDiskBudget()}: the free space Fledge always leaves on the work directory's disk. */
        @WithDefault("1G")
        MemorySize tempDiskMargin();
    }

    Jobs jobs();

    /** Asynchronous jobs ({@code /api/v1/jobs}) and the limit on conversions running at once. */
    interface Jobs {
        /**
         * Most conversions (jobs, synchronous converts and inspects) running at once. Unset: the number of
         * available processors.
         */
        OptionalInt maxConcurrent();

        /** Conversions that may wait for a free slot; past running + waiting, a 503 with Retry-After. */
        @WithDefault("16")
        @jakarta.validation.constraints.PositiveOrZero
        int queueSize();

        /** How long a finished job's result is kept for download. */
        @WithDefault("1h")
        Duration resultTtl();

        /** How long a job record answers {@code expired} after its files are deleted; then it is forgotten. */
        @WithDefault("24h")
        Duration recordTtl();

        /** The Retry-After of a 503 busy answer. */
        @WithDefault("10s")
        Duration retryAfter();
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

    Security security();

    /** Who may call the API. */
    interface Security {
        /**
         * API keys, comma-separated. None (the default): the API is open, for local use. With keys, every
         * {@code /api/*} call needs {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}, else 401.
         */
        Optional<List<String>> apiKeys();
    }
}
