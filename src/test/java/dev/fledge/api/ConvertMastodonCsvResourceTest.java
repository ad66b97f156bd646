package dev.fledge.api;

import dev.fledge.testkit.ExampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/convert/mastodon-csv: the ZIP, one file with only/part, the headers, options and the account map. */
@QuarkusTest
class ConvertMastodonCsvResourceTest {
    static final String PATH = "/api/v1/convert/mastodon-csv";
    static byte[] archive;
    static byte[] accountMap;

    @BeforeAll
    static void files() throws IOException {
        archive = ExampleArchive.build().toBytes();
        try (InputStream in = ConvertMastodonCsvResourceTest.class.getResourceAsStream(
                "/mastodon-csv/example-account-map.csv")) {
            accountMap = in.readAllBytes();
        }
    }

    static String golden(String file) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden/mastodon-csv/example-map").resolve(file));
    }

    @Test
    void answersTheZipWithTheTotalsInHeaders() throws IOException {
        Response response = given()
                .multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountMap", "map.csv", accountMap, "text/csv")
                .when().post(PATH)
                .then().statusCode(200)
                .contentType("application/zip")
                .header("Fledge-Accounts-Resolved", "4")
                .header("Fledge-Accounts-Unresolved", "2")
                .header("Content-Disposition", containsString("mastodon-csv.zip"))
                .extract().response();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.asByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(golden(entry.getName()), text, entry.getName());
            }
        }
        assertEquals(List.of("README.txt", "following_accounts.csv", "blocked_accounts.csv", "muted_accounts.csv",
                "lists.csv", "unresolved_accounts.csv", "report.json"), names);
    }

    @Test
    void onlyAnswersOneCsvFile() throws IOException {
        given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountMap", "map.csv", accountMap, "text/csv")
                .multiPart("only", "following")
                .when().post(PATH)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Fledge-Parts", "1")
                .header("Fledge-Accounts-Resolved", "4")
                .header("Content-Disposition", containsString("following_accounts.csv"))
                .body(equalTo(golden("following_accounts.csv")));
        given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountMap", "map.csv", accountMap, "text/csv")
                .queryParam("only", "lists").queryParam("part", "1")
                .when().post(PATH)
                .then().statusCode(200)
                .body(equalTo(golden("lists.csv")));
    }

    @Test
    void rawBodyWorksWithoutAMap() {
        String unresolved = given().contentType("application/zip").body(archive)
                .queryParam("only", "unresolved")
                .when().post(PATH)
                .then().statusCode(200)
                .header("Fledge-Accounts-Resolved", "0")
                .header("Fledge-Accounts-Unresolved", "6")
                .extract().asString();
        assertTrue(unresolved.startsWith("x_id,screen_name,profile_url,source,reason\n"), unresolved);
        assertEquals(7, unresolved.split("\n").length);
        given().contentType("application/zip").body(archive)
                .queryParam("only", "following").queryParam("bridgeDomain", "Bird.Example")
                .when().post(PATH)
                .then().statusCode(200)
                .header("Fledge-Accounts-Resolved", "4")
                .body(containsString("\nmira_ok@bird.example,true,false,\n"));
    }

    @Test
    void aPartTheFileDoesNotHaveIsA400NamingPart() {
        given().contentType("application/zip").body(archive)
                .queryParam("only", "following").queryParam("part", "2")
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("option", equalTo("part"))
                .body("detail", containsString("between 1 and 1"));
        for (String bad : List.of("0", "-1", "two")) {
            given().contentType("application/zip").body(archive)
                    .queryParam("only", "following").queryParam("part", bad)
                    .when().post(PATH)
                    .then().statusCode(400).body("option", equalTo("part"));
        }
        given().contentType("application/zip").body(archive)
                .queryParam("part", "1")
                .when().post(PATH)
                .then().statusCode(400).body("option", equalTo("part"))
                .body("detail", containsString("only"));
    }

    @Test
    void badOptionValuesAreA400NamingTheOption() {
        String[][] cases = {
                {"only", "posts"}, {"showBoosts", "maybe"}, {"notify", "sometimes"}, {"hideNotifications", "2"},
                {"languages", "english"}, {"languages", "en,d"}, {"bridgeDomain", "localhost"},
                {"bridgeDomain", "bird.example:8080"}, {"strict", "perhaps"}, {"since", "2024-01-01"}};
        for (String[] option : cases) {
            given().contentType("application/zip").body(archive)
                    .queryParam(option[0], option[1])
                    .when().post(PATH)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://fledge.dev/problems/invalid-option"))
                    .body("option", equalTo(option[0]));
        }
    }

    @Test
    void theAccountMapMustBeAMultipartFilePart() {
        given().contentType("application/zip").body(archive)
                .queryParam("accountMap", "12345,alice@example.social")
                .when().post(PATH)
                .then().statusCode(400)
                .body("option", equalTo("accountMap"))
                .body("detail", containsString("multipart file part"));
        given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountMap", "12345,alice@example.social")
                .when().post(PATH)
                .then().statusCode(400)
                .body("option", equalTo("accountMap"));
        given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountmap", "map.csv", accountMap, "text/csv")
                .when().post(PATH)
                .then().statusCode(400)
                .body("option", equalTo("accountmap"));
    }

    @Test
    void anInvalidAccountMapListsEveryBadLine() {
        byte[] map = "x,fediverse\n12345,alice@example.social\n@secret_friend,secret_friend\n67890,bob@nodot\n"
                .getBytes(StandardCharsets.UTF_8);
        given().multiPart("archive", "archive.zip", archive, "application/zip")
                .multiPart("accountMap", "map.csv", map, "text/csv")
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("option", equalTo("accountMap"))
                .body("detail", containsString("2 invalid rows"))
                .body("detail", containsString("line 3: the fediverse address has no domain"))
                .body("detail", containsString("line 4: the domain of the fediverse address has no dot"))
                .body("detail", not(containsString("secret_friend")));
    }
}
