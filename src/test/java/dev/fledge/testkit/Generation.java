package dev.fledge.testkit;

import java.util.List;
import java.util.Locale;

/** The four layouts of X archives (FORMAT.md §1). */
public enum Generation {
    /** Classic "Grailbird" archive (2012 – mid 2019): monthly {@code data/js/tweets/YYYY_MM.js} and {@code tweets.csv}. */
    G0,
    /** GDPR archive with files at the ZIP root (mid 2018 – early 2020): {@code tweet.js}, bare tweet rows, no manifest. */
    G1,
    /**
     * {@code data/} + {@code manifest.js} (2020 – 2022): {@code data/tweet.js}, {@code YTD.tweet},
     * {@code tweet_media/}, old pretty style.
     */
    G2,
    /**
     * Current archive (late 2022 on): {@code data/tweets.js}, {@code YTD.tweets}, {@code tweets_media/},
     * {@code edit_info} on every tweet.
     */
    G3;

    /** Folder of the data files: {@code ""} (G1) or {@code "data/"}. */
    String dataDir() {
        return this == G1 ? "" : "data/";
    }

    boolean hasManifest() {
        return this == G2 || this == G3;
    }

    /** Data type (manifest key) of the tweets: {@code tweets} in G3, {@code tweet} before. */
    String tweetsType() {
        return this == G3 ? "tweets" : "tweet";
    }

    /** Data type of 1:1 DMs: {@code directMessage} in 2019 (G1), {@code directMessages} after. */
    String directMessagesType() {
        return this == G1 ? "directMessage" : "directMessages";
    }

    /** Data type of group DMs: {@code directMessageGroup} in 2019 (G1), {@code directMessagesGroup} after. */
    String groupMessagesType() {
        return this == G1 ? "directMessageGroup" : "directMessagesGroup";
    }

    /** Data types written as {@code [ ]} files in every archive of this generation (realism; nothing reads them). */
    List<String> emptyDataTypes() {
        return this == G3 ? List.of("accountSuspension", "app", "savedSearch", "smartblock")
                : List.of("accountSuspension", "savedSearch");
    }

    ArchiveJson.Style style() {
        return switch (this) {
            case G0 -> ArchiveJson.Style.GRAILBIRD;
            case G1, G2 -> ArchiveJson.Style.OLD;
            case G3 -> ArchiveJson.Style.NEW;
        };
    }

    /** Tweets rows are {@code { "tweet" : { … } }} in G2/G3 and the bare object in G1. */
    boolean wrapsTweetRows() {
        return this == G2 || this == G3;
    }

    /** edit_info, note-tweet.js, tweet-headers.js, deleted-tweets.js, community-tweet.js, DM urls and reactions. */
    boolean isCurrent() {
        return this == G3;
    }

    /** {@code directMessagesGroup} → {@code direct-messages-group} (file names). */
    static String kebab(String dataType) {
        return dataType.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@code directMessagesGroup} → {@code direct_messages_group} (global names, media folders). */
    static String snake(String dataType) {
        return dataType.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
