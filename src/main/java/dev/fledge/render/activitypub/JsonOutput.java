package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Compact UTF-8 JSON generators that never close the stream they write to (a ZIP entry, a spool file) and write
 * characters outside the BMP (emoji) as UTF-8, not as escaped surrogate pairs.
 */
public final class JsonOutput {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonOutput() {
    }

    public static JsonGenerator compact(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** Indented, for report.json (read by people). */
    public static JsonGenerator pretty(OutputStream out) throws IOException {
        return compact(out).useDefaultPrettyPrinter();
    }

    /** Writes {@code values} as a JSON array of strings (always an array, even with one element). */
    public static void stringArray(JsonGenerator g, String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
