package dev.fledge.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The configured API keys ({@code fledge.security.api-keys}) and the check of a request's credentials:
 * {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. Keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, in constant time whatever the length, and every configured key is compared.
 */
final class ApiKeys {
    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).filter(key -> !key.isEmpty()).map(ApiKeys::digest).toList();
    }

    /** Whether keys are configured (else the API is open). */
    boolean required() {
        return !digests.isEmpty();
    }

    /** Whether one of the two headers carries a configured key. */
    boolean accepts(String authorization, String apiKeyHeader) {
        String given = null;
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            given = apiKeyHeader.strip();
        } else if (authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            given = authorization.substring(7).strip();
        }
        if (given == null || given.isEmpty()) {
            return false;
        }
        byte[] candidate = digest(given);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, candidate);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
