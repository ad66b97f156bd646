package dev.fledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Uploads over fledge.limits.max-upload-size are a 413 problem, whichever way they come. */
@QuarkusTest
@TestProfile(UploadLimitTest.SmallUploads.class)
class UploadLimitTest {

    public static class SmallUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.limits.max-upload-size", "64K");
        }
    }

    private static byte[] zipLike(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    @Test
    void rawBodyOverTheLimit() {
        given().contentType("application/zip").body(zipLike(200 * 1024))
                .post("/api/v1/inspect")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/upload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void chunkedRawBodyWithoutLengthOverTheLimit() throws Exception {
        // no Content-Length: the spooler counts the bytes and stops at the limit
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/inspect"))
                .header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(zipLike(200 * 1024))))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("upload-too-large"), response.body());
    }

    @Test
    void jobUploadsOverTheLimitCreateNoJob() {
        given().contentType("application/zip").body(zipLike(200 * 1024))
                .post("/api/v1/jobs?target=normalized")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/upload-too-large"));
        given().multiPart("archive", "big.zip", zipLike(200 * 1024), "application/zip")
                .multiPart("target", "mastodon-archive")
                .post("/api/v1/jobs")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/upload-too-large"));
    }

    @Test
    void multipartOverTheLimit() {
        given().multiPart("archive", "big.zip", zipLike(200 * 1024), "application/zip")
                .post("/api/v1/inspect")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/upload-too-large"));
    }

    @Test
    void underTheLimitIsRead() {
        // a 22-byte empty ZIP: accepted as a ZIP, then refused as not an X archive
        byte[] emptyZip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        given().contentType("application/zip").body(emptyZip).post("/api/v1/inspect")
                .then().statusCode(422).body("type", equalTo("https://fledge.dev/problems/not-an-x-archive"));
    }
}
