package dev.fledge.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The packaged jar (prod profile) serves health, metrics, Swagger UI and problem answers. */
@QuarkusIntegrationTest
class PackagedServiceIT {

    @Test
    void healthEndpoints() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/api/v1").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void swaggerUiAndOpenApi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Fledge API"));
    }

    @Test
    void problemAnswers() {
        given().get("/api/v1/missing").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1").then().statusCode(405).contentType("application/problem+json");
    }
}
