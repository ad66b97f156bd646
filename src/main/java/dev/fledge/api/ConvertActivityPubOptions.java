package dev.fledge.api;

import dev.fledge.problem.InvalidOptionException;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.MentionStyle;
import dev.fledge.render.activitypub.ReplyPolicy;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitypub.Visibility;
import dev.fledge.xarchive.OptionalData;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the options the two fediverse routes ({@code mastodon-archive}, {@code activitystreams}) share from a request,
 * validated: a bad value is a 400 naming the option. Also makes their download names.
 */
final class ConvertActivityPubOptions {
    /** Options both routes take. */
    static final Set<String> COMMON = Set.of("strict", "actorUrl", "replies", "retweets", "visibility", "mentions",
            "since", "until", "include", "exclude");
    /** The kinds {@code include}/{@code exclude} accept. */
    static final Set<String> KINDS = Set.of("likes", "relationships", "media");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);

    private ConvertActivityPubOptions() {
    }

    /** The shared options; {@code retweetsDefault} differs per route. */
    static ConversionOptions parse(RequestOptions options, RetweetPolicy retweetsDefault) {
        String actorUrl = options.single("actorUrl").map(value -> absoluteUrl("actorUrl", value,
                "the destination account's actor URL, e.g. https://social.example/users/alice")).orElse(null);
        ReplyPolicy replies = ReplyPolicy.valueOf(options.choice("replies", Set.of("self", "all", "none"), "self")
                .toUpperCase(Locale.ROOT));
        RetweetPolicy retweets = RetweetPolicy.valueOf(options.choice("retweets", Set.of("announce", "skip"),
                retweetsDefault.name().toLowerCase(Locale.ROOT)).toUpperCase(Locale.ROOT));
        String visibilityValue = options.choice("visibility", Set.of("public", "unlisted", "followers"), null);
        Visibility visibility = visibilityValue == null ? null : Visibility.valueOf(visibilityValue.toUpperCase(Locale.ROOT));
        MentionStyle mentions = MentionStyle.valueOf(options.choice("mentions", Set.of("defuse", "link", "text"), "defuse")
                .toUpperCase(Locale.ROOT));
        Instant since = options.instant("since").orElse(null);
        Instant until = options.instant("until").orElse(null);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidOptionException("until", "Option 'until' must be later than 'since'.");
        }
        Set<String> included = kinds(options, "include");
        Set<String> excluded = kinds(options, "exclude");
        Set<String> kinds = new java.util.HashSet<>(KINDS);
        kinds.addAll(included);
        kinds.removeAll(excluded);
        return new ConversionOptions(actorUrl, replies, retweets, visibility, mentions, since, until,
                kinds.contains("likes"), kinds.contains("relationships"), kinds.contains("media"));
    }

    /** What the reader must make streamable for these options. */
    static Set<OptionalData> readerData(ConversionOptions options, boolean relationships) {
        Set<OptionalData> data = EnumSet.noneOf(OptionalData.class);
        if (options.includeLikes()) {
            data.add(OptionalData.LIKES);
        }
        if (relationships && options.includeRelationships()) {
            data.add(OptionalData.RELATIONSHIPS);
        }
        return data;
    }

    /** An absolute http(s) URL without query, fragment or user info; the trailing {@code /} removed. */
    static String absoluteUrl(String option, String value, String what) {
        String message = "Option '" + option + "' must be an absolute https URL: " + what + ".";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new InvalidOptionException(option, message);
            }
        } catch (URISyntaxException e) {
            throw new InvalidOptionException(option, message);
        }
        String trimmed = value;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** An integer option within bounds, or the default. */
    static int integer(RequestOptions options, String name, int min, int max, int defaultValue) {
        return options.single(name).map(value -> {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new InvalidOptionException(name, "Option '" + name + "' must be a whole number from " + min + " to "
                    + max + ".");
        }).orElse(defaultValue);
    }

    /**
     * {@code <prefix>-<UTC yyyyMMddHHmmss>-<32 random hex>.zip}, as Mastodon names its archives. Never starts with
     * {@code twitter} (Misskey and Sharkey treat {@code twitter*.zip} as an X archive).
     */
    static String downloadName(String prefix, Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return prefix + "-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(random) + ".zip";
    }

    private static Set<String> kinds(RequestOptions options, String name) {
        List<String> values = options.list(name);
        Set<String> kinds = new java.util.HashSet<>();
        for (String value : values) {
            String kind = value.toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw new InvalidOptionException(name, "Option '" + name + "' does not take '" + value
                        + "' here; it takes: likes, media, relationships.");
            }
            kinds.add(kind);
        }
        return kinds;
    }
}
