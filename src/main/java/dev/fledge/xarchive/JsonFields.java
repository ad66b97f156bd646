package dev.fledge.xarchive;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient field access on row trees: every field may be absent, null or of another type. */
final class JsonFields {

    private JsonFields() {
    }

    /** The text of a string or number field; null when absent, null, empty or a container. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** A boolean field, also accepting the strings "true"/"false"; null otherwise. */
    static Boolean bool(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String t = value.textValue();
            if ("true".equalsIgnoreCase(t)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(t)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }
}
