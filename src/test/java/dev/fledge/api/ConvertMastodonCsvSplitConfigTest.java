package dev.fledge.api;

import dev.fledge.testkit.ExampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fledge.csv.* settings reach the export: a following file split at 3 rows gives two parts. */
@QuarkusTest
@TestProfile(ConvertMastodonCsvSplitConfigTest.SmallFiles.class)
class ConvertMastodonCsvSplitConfigTest {

    public static class SmallFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fledge.csv.following-rows-per-file", "3");
        }
    }

    @Test
    void splitFollowingIntoPartsAndAnswerEachPart() throws IOException {
        byte[] archive = ExampleArchive.build().toBytes();
        byte[] zip = given().contentType("application/zip").body(archive)
                .queryParam("bridgeDomain", "bird.example")
                .when().post(ConvertMastodonCsvResourceTest.PATH)
                .then().statusCode(200)
                .extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        assertEquals(List.of("README.txt", "following_accounts.csv", "following_accounts-2.csv", "blocked_accounts.csv",
                "muted_accounts.csv", "unresolved_accounts.csv", "report.json"), names);
        given().contentType("application/zip").body(archive)
                .queryParam("bridgeDomain", "bird.example").queryParam("only", "following").queryParam("part", "2")
                .when().post(ConvertMastodonCsvResourceTest.PATH)
                .then().statusCode(200)
                .header("Fledge-Parts", "2")
                .body(equalTo("Account address,Show boosts,Notify on new posts,Languages\n"
                        + "lenabrandt@bird.example,true,false,\n"));
        given().contentType("application/zip").body(archive)
                .queryParam("bridgeDomain", "bird.example").queryParam("only", "following").queryParam("part", "3")
                .when().post(ConvertMastodonCsvResourceTest.PATH)
                .then().statusCode(400)
                .body("option", equalTo("part"))
                .body("detail", equalTo("Option 'part' must be between 1 and 2: following_accounts.csv has 2 parts "
                        + "for this archive."));
    }
}
