package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The JSON factory of the normalized writer: nothing closed or completed behind the writer's back. */
final class Json {
    /**
     * Generators neither close the response stream nor close open objects and arrays on {@code close()} (a cut
     * document must stay cut), put nothing between root values (lines are ended by the writer), and write
     * characters outside the Basic Multilingual Plane (emoji) as plain UTF-8, not as escaped surrogate pairs.
     */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .rootValueSeparator((String) null)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private Json() {
    }
}
