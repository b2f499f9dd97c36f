package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/submissions/{id}/original: the file as uploaded, for supervisors of its region and national users. */
@QuarkusTest
class OriginalResourceTest {

    private static final String FILE_NAME = "兴山区 2022年 报告.txt";

    private static final TestTokens TOKENS = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    private static byte[] bytes;
    private static String id;

    /**
     * A 黑龙江 sample (兴山区, 230407) with a line of its own, so that no other test's upload is a duplicate; once
     * per class, when the application runs (RestAssured knows its port only then).
     */
    @BeforeEach
    void upload() throws IOException, InterruptedException {
        if (id != null) return;
        bytes = (Files.readString(Path.of("../samples/000_04f175cd85c0a915.txt")) + "\n" + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        // the JDK's client writes the file name in UTF-8 as browsers do (RestAssured's multipart would send "???")
        StreamedUpload answer = StreamedUpload.post(submissions, TOKENS.clerk(), FILE_NAME, bytes);
        assertEquals(201, answer.status(), answer.body());
        id = io.restassured.path.json.JsonPath.from(answer.body()).getString("id");
    }

    @TestHTTPResource("/api/submissions")
    URI submissions;

    @Test
    void theRegionsSupervisorGetsTheSameBytesWithTheirNameAndType() {
        byte[] original = given().auth().oauth2(TOKENS.supervisor())
                .when().get("/api/submissions/" + id + "/original")
                .then().statusCode(200)
                .contentType(containsString("application/octet-stream")) // as uploaded
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E5%85%B4%E5%B1%B1%E5%8C%BA%202022%E5%B9%B4%20%E6%8A%A5%E5%91%8A.txt"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(bytes, original);
    }

    @Test
    void anotherProvincesSupervisorFindsNothing() {
        given().auth().oauth2(TOKENS.supervisorNingxia())
                .when().get("/api/submissions/" + id + "/original")
                .then().statusCode(404)
                .body("error", containsString("no submission"));
    }

    @Test
    void nationalUsersGetEveryFile() {
        byte[] original = given().auth().oauth2(TOKENS.national())
                .when().get("/api/submissions/" + id + "/original")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, original);
    }

    @Test
    void withoutATokenItIs401AndSubmittersAreNotReviewers() {
        given().when().get("/api/submissions/" + id + "/original").then().statusCode(401);
        given().auth().oauth2(TOKENS.clerk()).when().get("/api/submissions/" + id + "/original")
                .then().statusCode(403);
    }

    @Test
    void anUnknownIdIs404() {
        given().auth().oauth2(TOKENS.national())
                .when().get("/api/submissions/" + UUID.randomUUID() + "/original")
                .then().statusCode(404);
    }

    @Test
    void theAsciiFallbackNameHasNoQuoteOrNonAscii() {
        assertEquals(
                "attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%E6%8A%A5.txt",
                OriginalResource.attachment("a\"b报.txt"));
    }
}
