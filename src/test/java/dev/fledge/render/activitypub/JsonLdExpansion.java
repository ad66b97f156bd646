package dev.fledge.render.activitypub;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * JSON-LD expansion of produced documents with titanium-json-ld, offline: the two contexts the documents name
 * ({@code https://www.w3.org/ns/activitystreams}, {@code https://w3id.org/security/v1}) come from
 * {@code src/test/resources/jsonld/}; any other remote context fails the test. {@link #assertNothingDropped} checks
 * that every property of the document survives expansion as a real IRI: none is dropped, none falls back to the AS
 * context's {@code @vocab "_:"} (an undefined term), except those named as allowed.
 */
public final class JsonLdExpansion {
    /** Base for the relative ids of the Mastodon archive (outbox.json, media paths). */
    public static final URI BASE = URI.create("https://archive.invalid/");

    private static final Map<String, String> CONTEXTS = Map.of(
            "https://www.w3.org/ns/activitystreams", "/jsonld/activitystreams.jsonld",
            "http://www.w3.org/ns/activitystreams", "/jsonld/activitystreams.jsonld",
            "https://w3id.org/security/v1", "/jsonld/security-v1.jsonld");

    /** Terms that expand to a different IRI than {@code …#term}. */
    private static final Map<String, String> EXPANDS_AS = Map.of(
            "orderedItems", "https://www.w3.org/ns/activitystreams#items",
            "contentMap", "https://www.w3.org/ns/activitystreams#content",
            "inbox", "http://www.w3.org/ns/ldp#inbox");

    private static final DocumentLoader OFFLINE = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
        }
        try (InputStream in = JsonLdExpansion.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing test resource " + resource);
            Document document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    private JsonLdExpansion() {
    }

    /** Expands a document (throws on any JSON-LD error). */
    public static JsonArray expand(byte[] json) {
        try {
            JsonLdOptions options = new JsonLdOptions(OFFLINE);
            options.setBase(BASE);
            return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(json))).options(options).get();
        } catch (JsonLdError e) {
            throw new AssertionError("JSON-LD expansion failed: " + e.getMessage(), e);
        }
    }

    /**
     * Expands {@code json} and checks that every term used in it (keys of every object, with a non-null value)
     * reaches the expanded form as an absolute IRI, and that no {@code _:} property appears but {@code allowedUndefined}.
     */
    public static void assertNothingDropped(String label, byte[] json, Set<String> allowedUndefined) {
        JsonArray expanded = expand(json);
        Set<String> expandedKeys = new TreeSet<>();
        collectKeys(expanded, expandedKeys);
        Set<String> undefined = new TreeSet<>();
        for (String key : expandedKeys) {
            if (key.startsWith("_:")) {
                undefined.add(key.substring(2));
            }
        }
        assertEquals(new TreeSet<>(allowedUndefined), undefined, label + ": terms no context defines");
        Set<String> terms = new TreeSet<>();
        try {
            collectTerms(ConvertedZip.MAPPER.readTree(json), terms);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String term : terms) {
            if (allowedUndefined.contains(term)) {
                continue;
            }
            String iri = EXPANDS_AS.get(term);
            boolean found = iri != null ? expandedKeys.contains(iri) : expandedKeys.stream().anyMatch(k ->
                    k.endsWith("#" + term) || k.endsWith("/" + term) || k.endsWith(":" + term));
            if (!found) {
                fail(label + ": property '" + term + "' was dropped by JSON-LD expansion; expanded keys: " + expandedKeys);
            }
        }
    }

    private static void collectKeys(JsonValue value, Set<String> keys) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                collectKeys(item, keys);
            }
        }
    }

    /** Keys with a non-null value, except JSON-LD keywords and the keys inside {@code @context}. */
    private static void collectTerms(JsonNode node, Set<String> terms) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (key.equals("@context")) {
                    continue;
                }
                if (!key.startsWith("@") && !key.equals("id") && !key.equals("type") && !e.getValue().isNull()
                        && !(e.getValue().isArray() && e.getValue().isEmpty())) {
                    terms.add(key);
                }
                if (!key.equals("contentMap")) {
                    collectTerms(e.getValue(), terms);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectTerms(item, terms);
            }
        }
    }
}
