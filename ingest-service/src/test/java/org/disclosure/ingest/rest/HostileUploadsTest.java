package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclosure.devstack.TestTokens;
import org.disclosure.ingest.service.IntakeSlots;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Uploads built to exhaust ingest (the 1.6 KB span bomb that used to take its heap, 20,000 levels of nesting,
 * millions of lines, a zip whose skipped __MACOSX entry is a deflate bomb, binary data named .pdf, a title of
 * hundreds of characters) are each answered within seconds with a 4xx; the service stays live and a valid
 * report submitted afterwards is stored. When every intake slot is taken an upload gets 429 with Retry-After.
 */
@QuarkusTest
class HostileUploadsTest {

    private static final long SECONDS = 15;

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Inject
    IntakeSlots slots;

    @Test
    void hostileDocumentsAreRefusedWithinSecondsAndAValidReportIsStoredAfterwards() throws IOException {
        StringBuilder spans = new StringBuilder("<html><body><table><tr>");
        for (int i = 0; i < 40; i++) spans.append("<td rowspan=1000 colspan=1000>").append(i).append("</td>");
        refused("span-bomb.html", spans.append("</tr></table></body></html>").toString().getBytes(StandardCharsets.UTF_8),
                "too large");
        refused("nested.html", ("<html><body>" + "<div>".repeat(20_000) + "政府信息公开" + "</div>".repeat(20_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8), "nested too deeply");
        refused("lines.txt", "1\t2\t3\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8), "too long");
        byte[] binary = new byte[300_000];
        new java.util.Random(3).nextBytes(binary);
        refused("report.pdf", binary, "not a report");
        refused("title.txt", ("2024年" + "某".repeat(600) + "人民政府政府信息公开工作年度报告\n一、总体情况\n")
                .getBytes(StandardCharsets.UTF_8), "could not be read");

        long start = System.nanoTime();
        given().auth().oauth2(tokens.clerk()).multiPart("file", "bomb.zip", macosxBomb(), "application/zip")
                .when().post("/api/batches")
                .then().statusCode(400).body("error", containsString("zip bomb"));
        assertTrue(System.nanoTime() - start < SECONDS * 1_000_000_000L);

        given().when().get("/q/health/live").then().statusCode(200);
        // a report of its own (a line no other test writes), so that it is new here whatever ran before
        byte[] valid = (Files.readString(Path.of("../samples/001_467670f9828e7222.txt"), StandardCharsets.UTF_8)
                + "\n（本报告经恶意文件测试后提交 " + java.util.UUID.randomUUID() + "）\n").getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(tokens.clerk()).multiPart("file", "valid.txt", valid, "text/plain")
                .when().post("/api/submissions").then().statusCode(201);
    }

    @Test
    void anUploadWhenEverySlotIsTakenGets429WithRetryAfter() {
        List<Cancellable> held = new ArrayList<>();
        try {
            while (slots.available() > 0) {
                held.add(slots.run(() -> Uni.createFrom().<Void>emitter(emitter -> { })).subscribe().with(x -> { }));
            }
            given().auth().oauth2(tokens.clerk())
                    .multiPart("file", "a.txt", "一、总体情况".getBytes(StandardCharsets.UTF_8), "text/plain")
                    .when().post("/api/submissions")
                    .then().statusCode(429).header("Retry-After", equalTo("10"))
                    .body("error", containsString("send this one again"));
        } finally {
            held.forEach(Cancellable::cancel);
        }
        assertTrue(slots.available() > 0);
    }

    private void refused(String name, byte[] bytes, String why) {
        long start = System.nanoTime();
        given().auth().oauth2(tokens.clerk()).multiPart("file", name, bytes, "application/octet-stream")
                .when().post("/api/submissions")
                .then().statusCode(400).body("error", containsString(why));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(took < SECONDS * 1000, name + " took " + took + " ms");
    }

    /** A zip with a 300 MB deflate bomb under __MACOSX/ (skipped, but it must be inflated to reach the next). */
    private static byte[] macosxBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("__MACOSX/._report.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) zip.write(zeros);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("一、总体情况".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
