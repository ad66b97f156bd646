package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading tweet fields that are JSON strings in G1-G3 and JSON numbers in Grailbird. Numbers are read from their
 * text, never through a double, so 64-bit ids stay exact.
 */
final class Json {

    /** Marks an unreadable or absent integer. */
    static final long NO_NUMBER = Long.MIN_VALUE;

    private Json() {
    }

    /** The field as text (numbers as their digits), or null when absent, null or an object/array. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    /** Like {@link #text(JsonNode, String)} but empty strings become null. */
    static String nonEmpty(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The first present, non-empty field among {@code first} and {@code second}. */
    static String either(JsonNode node, String first, String second) {
        String value = nonEmpty(node, first);
        return value != null ? value : nonEmpty(node, second);
    }

    /** An integer field given as a JSON number or a numeric string; {@link #NO_NUMBER} when absent or invalid. */
    static long number(JsonNode node, String field) {
        return node == null ? NO_NUMBER : number(node.get(field));
    }

    /** An integer given as a JSON number or a numeric string; {@link #NO_NUMBER} when absent or invalid. */
    static long number(JsonNode value) {
        if (value == null || value.isNull()) {
            return NO_NUMBER;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            return parseLong(value.textValue());
        }
        return NO_NUMBER;
    }

    /** Decimal digits with an optional leading minus; {@link #NO_NUMBER} otherwise (no exceptions, no overflow). */
    static long parseLong(String s) {
        if (s == null) {
            return NO_NUMBER;
        }
        int len = s.length();
        int i = 0;
        boolean negative = false;
        if (len > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        if (i == len || len - i > 19) {
            return NO_NUMBER;
        }
        long result = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NO_NUMBER;
            }
            long next = result * 10 + (c - '0');
            if (next < result) {
                return NO_NUMBER;
            }
            result = next;
        }
        return negative ? -result : result;
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String t = value.textValue();
            if (t.equals("true")) {
                return Boolean.TRUE;
            }
            if (t.equals("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** The array field, or null when absent or not an array. */
    static JsonNode array(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value : null;
    }

    /** The object field, or null when absent or not an object. */
    static JsonNode object(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }
}
