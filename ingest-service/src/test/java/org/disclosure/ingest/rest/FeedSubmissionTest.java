package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.disclosure.devstack.TestArchives.zip;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Feeds submit only inside their regions, one by one or as zip batches where a bad file fails alone. */
@QuarkusTest
class FeedSubmissionTest {

    private static final Path SAMPLES = Path.of("../samples");

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Test
    void aFeedMaySubmitReportsOfItsOwnRegion() throws IOException {
        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "xingshan.txt", sample("000_04f175cd85c0a915.txt"), "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(201);
    }

    @Test
    void aReportOfAnotherProvinceIsRefusedAndNothingIsStored() throws IOException {
        byte[] ningxia = sample("002_1eeed509761ddf3c.txt");
        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "yuanzhou.txt", ningxia, "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(403)
                .body("error", containsString("640402"))
                .body("error", containsString("nothing was stored"));
        // had anything been stored, the same bytes would now come back as a duplicate
        given().auth().oauth2(tokens.feedNingxia())
                .multiPart("file", "yuanzhou.txt", ningxia, "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(201).body("duplicate", equalTo(false));
    }

    @Test
    void aWrongRegionCodeCannotSmuggleAReportIntoAnotherProvince() throws IOException {
        // a 黑龙江 report with 宁夏's code: the region read in the document decides
        given().auth().oauth2(tokens.feedNingxia())
                .multiPart("file", "xingshan.txt", sample("000_04f175cd85c0a915.txt"), "text/plain")
                .multiPart("regionCode", "640000")
                .when().post("/api/submissions")
                .then().statusCode(403)
                .body("error", containsString("230407"));
    }

    @Test
    void aSupervisorSeesTheStatusOfTheirOwnProvinceOnly() throws IOException {
        String id = given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "youhao.txt", sample("003_dd93f693bdc308a5.txt"), "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.supervisor()).when().get("/api/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(tokens.supervisorNingxia()).when().get("/api/submissions/" + id)
                .then().statusCode(404).body("error", containsString("no submission"));
    }

    @Test
    void theRegionNamedByTheSubmitterIsCheckedToo() {
        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "x.txt", "某某报告".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("regionCode", "640402")
                .when().post("/api/submissions")
                .then().statusCode(403);
        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "x.txt", "会议纪要".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(400)
                .body("error", containsString("regionCode"));
    }

    @Test
    void aBatchStoresEachGoodFileAndRefusesTheBadOnesAlone() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("hlj/gongnong-2022.txt", sample("001_467670f9828e7222.txt"));
        files.put("../escape.txt", "x".getBytes(StandardCharsets.UTF_8));
        files.put("nested.zip", zip(Map.of("a.txt", "y".getBytes(StandardCharsets.UTF_8))));
        files.put("nx/yuanzhou.txt", sample("002_1eeed509761ddf3c.txt"));
        files.put("hlj/youhao-2020.txt", sample("003_dd93f693bdc308a5.txt"));

        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "batch.zip", zip(files), "application/zip")
                .when().post("/api/batches")
                .then().statusCode(200)
                .body("stored", equalTo(2))
                .body("refused", equalTo(3))
                .body("entries[0].name", equalTo("gongnong-2022.txt"))
                .body("entries[0].id", notNullValue())
                .body("entries[1].error", containsString("unsafe"))
                .body("entries[2].error", containsString("nested"))
                .body("entries[3].id", nullValue())
                .body("entries[3].error", containsString("640402"))
                .body("entries[4].id", notNullValue());
    }

    @Test
    void anotherProvincesUploadOfTheSameBytesLearnsNothingOfTheFirstOne() {
        // no region can be read from these bytes, so each submitter's own regionCode stands in
        byte[] bytes = ("不是年度报告 " + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String first = given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "hlj-secret-name.txt", bytes, "text/plain").multiPart("regionCode", "230100")
                .when().post("/api/submissions").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(tokens.feedNingxia())
                .multiPart("file", "nx.txt", bytes, "text/plain").multiPart("regionCode", "640100")
                .when().post("/api/submissions")
                .then().statusCode(201)
                .body("duplicate", equalTo(false))
                .body(org.hamcrest.Matchers.not(containsString("hlj-secret-name")))
                .extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        given().auth().oauth2(tokens.feedNingxia()).when().get("/api/submissions/" + first).then().statusCode(404);
        // the same province sending it again still finds its own
        given().auth().oauth2(tokens.feedHeilongjiang())
                .multiPart("file", "again.txt", bytes, "text/plain").multiPart("regionCode", "230100")
                .when().post("/api/submissions").then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void aBatchThatIsNotAZipIsABadRequest() {
        given().auth().oauth2(tokens.clerk())
                .multiPart("file", "batch.zip", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip")
                .when().post("/api/batches")
                .then().statusCode(400)
                .body("error", containsString("not a zip"));
        given().auth().oauth2(tokens.supervisor())
                .multiPart("file", "batch.zip", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip")
                .when().post("/api/batches")
                .then().statusCode(403);
    }

    /** A sample with a line of its own appended, so that no other test's upload makes it a duplicate. */
    private static byte[] sample(String name) throws IOException {
        String text = Files.readString(SAMPLES.resolve(name)) + "\n\n" + UUID.randomUUID() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
