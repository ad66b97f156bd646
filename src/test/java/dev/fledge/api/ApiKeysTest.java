package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

/**
 * With API keys configured: /api needs one (Bearer or X-API-Key), else 401 with WWW-Authenticate; health, metrics and
 * OpenAPI stay open; CORS preflights pass without a key and problems carry the CORS headers.
 */
@QuarkusTest
@TestProfile(ApiKeysTest.WithKeys.class)
class ApiKeysTest {
    static final String ORIGIN = "https://tool.example";

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.work-dir", JobTesting.workDir("fledge-keys-test-").toString(),
                    "fledge.security.api-keys", "first-key-123,second-key-456",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", ORIGIN,
                    "quarkus.http.cors.headers", "authorization,x-api-key,content-type",
                    "quarkus.http.cors.exposed-headers", "location,content-disposition,retry-after,www-authenticate",
                    "quarkus.http.test-port", "0");
        }
    }

    @Test
    void withoutAKeyTheApiAnswers401() {
        given().get("/api/v1").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://fledge.dev/problems/unauthorized")).body("status", equalTo(401));
        given().header("Authorization", "Bearer wrong").get("/api/v1").then().statusCode(401);
        given().header("X-API-Key", "first-key-12").get("/api/v1").then().statusCode(401);
        given().get("/api/v1/jobs/0123456789abcdef0123456789abcdef").then().statusCode(401);
        given().contentType("application/zip").body(JobTesting.example()).post("/api/v1/inspect").then().statusCode(401);
    }

    @Test
    void eitherHeaderWithAConfiguredKeyPasses() {
        given().header("Authorization", "Bearer first-key-123").get("/api/v1").then().statusCode(200)
                .body("name", equalTo("Fledge"));
        given().header("X-API-Key", "second-key-456").get("/api/v1").then().statusCode(200);
        given().header("X-API-Key", "second-key-456").contentType("application/zip").body(JobTesting.example())
                .post("/api/v1/inspect").then().statusCode(200).body("account.screenName", equalTo("fledgeexample"));
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void corsPreflightPassesAndProblemsCarryCorsHeaders() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/jobs").then().statusCode(org.hamcrest.Matchers.lessThan(300))
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        given().header("Origin", ORIGIN).get("/api/v1").then().statusCode(401)
                .header("Access-Control-Allow-Origin", ORIGIN);
        given().header("Origin", ORIGIN).header("X-API-Key", "first-key-123").get("/api/v1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN);
    }
}
