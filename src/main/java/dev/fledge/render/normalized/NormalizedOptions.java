package dev.fledge.render.normalized;

import dev.fledge.problem.InvalidOptionException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a normalized conversion writes: the kinds of data and the date window for posts and direct messages.
 *
 * @param kinds the kinds written (never empty of meaning: account, profile, source and warnings are always written)
 * @param since first moment included (inclusive), or null for no lower bound
 * @param until first moment excluded, or null for no upper bound
 */
public record NormalizedOptions(Set<NormalizedKind> kinds, Instant since, Instant until) {

    /** Every kind but direct messages, which are private and must be asked for. */
    public static final Set<NormalizedKind> DEFAULT_KINDS =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(NormalizedKind.DIRECT_MESSAGES)));

    public NormalizedOptions {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (since != null && until != null && !until.isAfter(since)) {
            throw new InvalidOptionException("until", "Option 'until' must be later than 'since' (until is exclusive).");
        }
    }

    /** The default conversion: every kind but direct messages, all dates. */
    public static NormalizedOptions defaults() {
        return new NormalizedOptions(DEFAULT_KINDS, null, null);
    }

    /**
     * Options from request values: {@code include} adds kinds to the default, {@code exclude} removes kinds and wins
     * when both name one. Kind names are case-insensitive.
     *
     * @throws InvalidOptionException naming {@code include}, {@code exclude} or {@code until} for an unknown kind or
     *                                an empty date window
     */
    public static NormalizedOptions of(List<String> include, List<String> exclude, Instant since, Instant until) {
        Set<NormalizedKind> kinds = EnumSet.copyOf(DEFAULT_KINDS);
        kinds.addAll(parseKinds("include", include));
        kinds.removeAll(parseKinds("exclude", exclude));
        return new NormalizedOptions(kinds, since, until);
    }

    private static Set<NormalizedKind> parseKinds(String option, List<String> names) {
        Set<NormalizedKind> kinds = EnumSet.noneOf(NormalizedKind.class);
        for (String name : names) {
            kinds.add(NormalizedKind.byOptionName(name).orElseThrow(() -> new InvalidOptionException(option,
                    "Option '" + option + "' names an unknown kind '" + name + "'. Kinds: " + kindNames() + ".")));
        }
        return kinds;
    }

    /** Every kind name, in documentation order. */
    public static String kindNames() {
        return Arrays.stream(NormalizedKind.values()).map(NormalizedKind::optionName).collect(Collectors.joining(", "));
    }

    public boolean includes(NormalizedKind kind) {
        return kinds.contains(kind);
    }

    /** Whether any post kind (posts, replies, retweets) is written. */
    public boolean anyPosts() {
        return includes(NormalizedKind.POSTS) || includes(NormalizedKind.REPLIES) || includes(NormalizedKind.RETWEETS);
    }

    /** Whether the date window is restricted. */
    public boolean dated() {
        return since != null || until != null;
    }

    /**
     * Whether something created at {@code at} falls in the date window. Without a window everything does; with one,
     * undated items do not.
     */
    public boolean inWindow(Instant at) {
        if (!dated()) {
            return true;
        }
        if (at == null) {
            return false;
        }
        return (since == null || !at.isBefore(since)) && (until == null || at.isBefore(until));
    }
}
