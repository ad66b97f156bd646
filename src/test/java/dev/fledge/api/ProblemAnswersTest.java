package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every error answer is application/problem+json, whichever layer produces it. */
@QuarkusTest
class ProblemAnswersTest {

    @Test
    void unknownApiPathIsA404Problem() {
        given().accept("application/json").when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void unknownPathOutsideTheApiIsA404ProblemToo() {
        given().accept("text/html").when().get("/q/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString("<html")));
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() {
        given().when().delete("/api/v1")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("type", equalTo("https://fledge.dev/problems/method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        given().accept("image/png").when().get("/api/v1")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406));
    }

    @Test
    void serviceInfoAnswers() {
        given().when().get("/api/v1")
                .then().statusCode(200)
                .body("name", equalTo("Fledge"))
                .body("openapi", equalTo("/q/openapi"));
    }
}
