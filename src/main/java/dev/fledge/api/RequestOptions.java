package dev.fledge.api;

import dev.fledge.problem.InvalidOptionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of one request, read one way for every route: query parameters, and multipart text fields when the
 * archive comes as multipart. Rules:
 * <ul>
 * <li>an option a route does not know is a 400 naming it (a typo must not be silently ignored);</li>
 * <li>a query parameter and a form field naming the same option with different values is a 400;</li>
 * <li>list options take comma-separated values, or the parameter repeated;</li>
 * <li>a single-valued option given twice with different values is a 400.</li>
 * </ul>
 */
public final class RequestOptions {
    private final Map<String, List<String>> values;

    private RequestOptions(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param query   query parameters (name → values)
     * @param fields  multipart text fields (name → values); empty for a raw body
     * @param allowed option names this route understands
     */
    public static RequestOptions of(Map<String, ? extends Collection<String>> query,
                                    Map<String, ? extends Collection<String>> fields, Set<String> allowed) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Map<String, ? extends Collection<String>> source : List.of(query, fields)) {
            source.forEach((name, given) -> {
                if (!allowed.contains(name)) {
                    throw new InvalidOptionException(name, "Unknown option '" + name + "'. This operation takes: "
                            + (allowed.isEmpty() ? "no options" : String.join(", ", new TreeSet<>(allowed))) + ".");
                }
            });
        }
        Set<String> names = new TreeSet<>(query.keySet());
        names.addAll(fields.keySet());
        for (String name : names) {
            List<String> fromQuery = query.containsKey(name) ? new ArrayList<>(query.get(name)) : List.of();
            List<String> fromFields = fields.containsKey(name) ? new ArrayList<>(fields.get(name)) : List.of();
            if (!fromQuery.isEmpty() && !fromFields.isEmpty() && !fromQuery.equals(fromFields)) {
                throw new InvalidOptionException(name, "Option '" + name
                        + "' is given both as a query parameter and as a form field, with different values.");
            }
            merged.put(name, fromQuery.isEmpty() ? fromFields : fromQuery);
        }
        return new RequestOptions(merged);
    }

    /** The one value of {@code name}, if given; a second, different value is a 400. */
    public Optional<String> single(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        String first = given.get(0).strip();
        for (String other : given) {
            if (!other.strip().equals(first)) {
                throw new InvalidOptionException(name, "Option '" + name + "' is given more than once with different values.");
            }
        }
        return Optional.of(first);
    }

    /** Every value of a list option: comma-separated and/or repeated, trimmed, empty items dropped. */
    public List<String> list(String name) {
        List<String> items = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** {@code true}/{@code false} (case-insensitive; {@code 1}/{@code 0} too), or the default when absent. */
    public boolean flag(String name, boolean defaultValue) {
        return single(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidOptionException(name, "Option '" + name + "' must be true or false.");
        }).orElse(defaultValue);
    }

    /**
     * A date or date-time: {@code YYYY-MM-DD} (start of that day, UTC) or RFC 3339 ({@code 2024-05-01T12:00:00Z},
     * {@code 2024-05-01T14:00:00+02:00}; UTC when no offset is given).
     */
    public Optional<Instant> instant(String name) {
        return single(name).map(value -> parseInstant(name, value));
    }

    static Instant parseInstant(String name, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.endsWith("Z") || value.endsWith("z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT)).toInstant();
            }
            return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidOptionException(name, "Option '" + name
                    + "' must be a date (YYYY-MM-DD) or an RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z).");
        }
    }

    /** One of {@code choices} (case-insensitive), or the default when absent. */
    public String choice(String name, Set<String> choices, String defaultValue) {
        return single(name).map(value -> {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!choices.contains(lower)) {
                throw new InvalidOptionException(name, "Option '" + name + "' must be one of "
                        + String.join(", ", new TreeSet<>(choices)) + ".");
            }
            return lower;
        }).orElse(defaultValue);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
