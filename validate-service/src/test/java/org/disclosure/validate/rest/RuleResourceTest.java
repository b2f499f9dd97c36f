package org.disclosure.validate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleResourceTest {

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void servesTheRuleReference() {
        given().auth().oauth2(tokens.supervisor()).when().get("/api/rules")
                .then().statusCode(200)
                .body("size()", equalTo(18))
                .body("id", hasItems("S01", "A01", "X01", "Y01", "Q05"));
    }

    @Test
    void revalidationIsForNationalUsersOnly() {
        given().when().post("/api/revalidations").then().statusCode(401);
        given().auth().oauth2(tokens.supervisor()).when().post("/api/revalidations").then().statusCode(403);
    }

    @Test
    void revalidationPublishesEveryStoredReportAgainForTheStatistics() throws IOException {
        UUID id = UUID.randomUUID();
        ParsedReport report = ((ParseResult.Success) new ReportParser()
                .parse(Files.readAllBytes(Path.of("../samples/002_1eeed509761ddf3c.txt")))).report();
        kafka.send(Topics.PARSED, id.toString(), new ReportParsed(id, "002.txt", "0".repeat(64),
                SubmissionMetadata.empty(), report, Instant.now(), 1));
        kafka.await(Topics.VALIDATED, ReportValidated.class, e -> e.submissionId().equals(id), Duration.ofSeconds(30));

        given().auth().oauth2(tokens.national()).when().post("/api/revalidations")
                .then().statusCode(200)
                .body("reports", greaterThanOrEqualTo(1))
                .body("ruleSetVersion", notNullValue());

        AtomicInteger validations = new AtomicInteger();
        kafka.await(Topics.VALIDATED, ReportValidated.class,
                e -> e.submissionId().equals(id) && validations.incrementAndGet() == 2, Duration.ofSeconds(30));
    }

    @Test
    void theRuleReferenceNeedsAToken() {
        given().when().get("/api/rules").then().statusCode(401);
    }
}
