package dev.fledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.testkit.ExampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inspect example in the OpenAPI document is the real answer for examples/example-archive.zip. */
@QuarkusTest
class InspectExampleIsRealTest {

    @Test
    void documentedExampleMatchesTheRealAnswer() throws IOException {
        String real = given().multiPart("archive", ExampleArchive.PATH.toFile(), "application/zip")
                .post("/api/v1/inspect").then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        JsonNode documented = json.readTree(InspectExamples.REPORT);
        assertEquals(json.readTree(real), documented,
                "update InspectExamples.REPORT with the answer for examples/example-archive.zip");
    }
}
