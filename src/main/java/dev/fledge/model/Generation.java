package dev.fledge.model;

/**
 * The vintage of an X archive (FORMAT.md §1). Each generation has its own file layout and row shape; the reader
 * detects it from the files present, and writers may mention it (inspect).
 */
public enum Generation {
    /** Classic "Grailbird" Tweet archive (2012 to mid-2019): {@code tweets.csv}, {@code data/js/tweets/YYYY_MM.js}. */
    G0,
    /** GDPR archive with files at the root or in {@code data/} and no manifest (mid-2018 to early 2020). */
    G1,
    /** {@code data/manifest.js} with the data type {@code tweet} ({@code data/tweet.js}), early 2020 to late 2022. */
    G2,
    /** {@code data/manifest.js} with the data type {@code tweets} ({@code data/tweets.js}), late 2022 on. */
    G3
}
