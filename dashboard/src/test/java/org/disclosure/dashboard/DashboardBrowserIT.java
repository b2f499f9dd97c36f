package org.disclosure.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosure.cli.IngestClient;
import org.disclosure.cli.Platform;
import org.disclosure.cli.PlatformPorts;
import org.disclosure.devstack.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real headless Chromium against the whole platform (devstack's Kafka, PostgreSQL and Keycloak,
 * the four services and the dashboard, started as {@code ./disclosure up} does) with the five sample reports
 * submitted through ingest: sign-in through Keycloak's login page, region scoping by page and by direct URL, the
 * X01 finding of sample 000 on its detail page, exports, logout. Screenshots of every page go to
 * {@code dashboard/target/screenshots}.
 */
class DashboardBrowserIT {

    private static final Path HOME = Path.of(System.getProperty("disclosure.home", "..")).toAbsolutePath();
    private static final Path SCREENSHOTS = HOME.resolve("dashboard/target/screenshots");
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(2);
    private static final String HEILONGJIANG_SAMPLE = "000_04f175cd85c0a915.txt";
    private static final String NINGXIA_SAMPLE = "002_1eeed509761ddf3c.txt";
    /** 桦川县人民政府 2021: 4 new requests, all granted; the correction round trip changes that to 5. */
    private static final String CORRECTED_SAMPLE = "004_b6a5a2f03b247e6e.txt";

    private static Platform platform;
    /** Report id (= submission id) by sample file name. */
    private static final Map<String, String> REPORTS = new LinkedHashMap<>();

    @BeforeAll
    static void startPlatformWithSamples() throws IOException, InterruptedException {
        // fail before minutes of start-up when the browser is missing
        Browser.open(SCREENSHOTS).close();
        platform = Platform.start(HOME, PlatformPorts.free(), HOME.resolve("dashboard/target/it-logs"), true);
        IngestClient ingest = new IngestClient(platform.ingestUrl(),
                TestTokens.forRealm(platform.realmUrl()).clerk());
        try (Stream<Path> files = Files.list(HOME.resolve("samples"))) {
            for (Path sample : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                REPORTS.put(sample.getFileName().toString(), ingest.submit(sample).path("id").asText());
            }
        }
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        for (Map.Entry<String, String> report : REPORTS.entrySet()) {
            while (true) {
                JsonNode status = ingest.status(report.getValue());
                if (status.path("stage").asText().equals("stored")) break;
                if (status.path("failed").asBoolean() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError(report.getKey() + " was not stored: " + status);
                }
                Thread.sleep(300);
            }
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) platform.close();
    }

    private static String page(String path) {
        return platform.dashboardUrl() + path;
    }

    /** Two Heilongjiang samples side by side (工农区 left, 兴山区 right). */
    private static String compareBoth() {
        return "compare?left=" + REPORTS.get("001_467670f9828e7222.txt") + "&right=" + REPORTS.get(HEILONGJIANG_SAMPLE);
    }

    @Test
    void aHeilongjiangSupervisorSeesHerProvinceOnly() {
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page(""), "sup-heilongjiang");
            assertTrue(browser.text(By.id("user")).contains("sup-heilongjiang"));
            assertTrue(browser.text(By.tagName("h1")).contains("黑龙江省"), browser.text(By.tagName("h1")));
            browser.await(By.cssSelector("#headlines .card"));
            browser.await(By.cssSelector("#rules canvas"));
            browser.screenshot("overview-sup-heilongjiang");

            browser.open(page("reports"), "sup-heilongjiang");
            String list = browser.text(By.id("reports"));
            assertEquals("4", browser.text(By.id("report-total")), list);
            assertTrue(list.contains("鹤岗市兴山区人民政府") && list.contains("桦川县人民政府"), list);
            assertFalse(list.contains("原州区"), list);
            browser.screenshot("reports-sup-heilongjiang");

            // another province's report by its address: it does not exist for her
            browser.open(page("reports/" + REPORTS.get(NINGXIA_SAMPLE)), "sup-heilongjiang");
            assertEquals("404", browser.text(By.id("error-status")));
            browser.screenshot("not-found-sup-heilongjiang");

            String csv = browser.fetch(page("exports/reports.csv"));
            assertTrue(csv.startsWith("200\n") && csv.contains("鹤岗市兴山区人民政府"), csv);
            assertFalse(csv.contains("原州区"), csv);
            assertTrue(browser.fetch(page("exports/reports.xlsx")).startsWith("200\n"));
        }
    }

    @Test
    void aNingxiaSupervisorSeesNingxiaOnly() {
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page("reports"), "sup-ningxia");
            String list = browser.text(By.id("reports"));
            assertEquals("1", browser.text(By.id("report-total")), list);
            assertTrue(list.contains("原州区人民政府办公室"), list);
            assertFalse(list.contains("鹤岗"), list);
            browser.screenshot("reports-sup-ningxia");

            browser.open(page("reports/" + REPORTS.get(HEILONGJIANG_SAMPLE)), "sup-ningxia");
            assertEquals("404", browser.text(By.id("error-status")));
            browser.open(page(compareBoth()), "sup-ningxia");
            assertEquals("404", browser.text(By.id("error-status")));
        }
    }

    @Test
    void aNationalUserSeesEverythingAndSample000ShowsItsX01Finding() {
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page(""), "national");
            browser.await(By.cssSelector("#headlines .card"));
            browser.screenshot("overview-national");

            browser.open(page("reports"), "national");
            assertEquals("5", browser.text(By.id("report-total")));
            // sorting and filtering through htmx: only reports with errors, most errors first
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("sort")))
                    .selectByValue("errors");
            browser.await(By.cssSelector("#report-filters"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("sort=errors"));
            browser.screenshot("reports-national");

            browser.open(page("reports/" + REPORTS.get(HEILONGJIANG_SAMPLE)), "national");
            assertTrue(browser.text(By.id("report-title")).contains("鹤岗市兴山区人民政府"));
            WebElement x01 = browser.await(By.cssSelector("li.finding[data-rule='X01']"));
            String anchor = x01.getAttribute("id");
            assertTrue(x01.getText().contains("正文"), x01.getText());
            // the sentence, with the quoted passage marked
            WebElement sentence = browser.await(By.cssSelector("#" + anchor + " blockquote.narrative mark"));
            assertFalse(sentence.getText().isBlank(), "X01 marks the quoted passage");
            // the table cells X01 names are highlighted and point to it
            List<WebElement> flagged = browser.driver().findElements(By.cssSelector("td.flagged"));
            assertTrue(flagged.stream().anyMatch(cell -> cell.getAttribute("data-findings").contains(anchor)),
                    "a highlighted cell refers to " + anchor);
            assertFalse(browser.driver().findElements(By.cssSelector("td.cell .src")).isEmpty(),
                    "values show where they stand in the document");
            assertFalse(browser.driver().findElements(By.cssSelector("#history tbody tr")).isEmpty());
            browser.screenshot("report-000-national");
            browser.driver().get(page("reports/" + REPORTS.get(HEILONGJIANG_SAMPLE)) + "#" + anchor);
            browser.screenshot("report-000-x01-national");

            browser.open(page(compareBoth()), "national");
            assertTrue(browser.text(By.id("comparison-summary")).contains("鹤岗市兴山区人民政府"));
            browser.await(By.cssSelector("#cells tbody tr"));
            browser.screenshot("compare-national");

            browser.open(page("indicators?level=county"), "national");
            browser.await(By.cssSelector("#ranking canvas"));
            assertTrue(browser.text(By.id("definitions")).contains("实质公开率"));
            browser.screenshot("indicators-national");

            browser.driver().findElement(By.id("logout")).click();
            assertTrue(browser.text(By.id("signed-out")).contains("退出"));
            browser.screenshot("signed-out");
            // signed out: the pages ask to sign in again
            browser.driver().get(page("reports"));
            browser.await(By.id("kc-login"));
        }
    }

    /**
     * A correction round trip as sup-heilongjiang: 桦川县's 本年新收 4 → 5 is validated again by the pipeline and
     * becomes the current version, with an A01 error it did not have and 5 on the indicator page; the original
     * file goes to her and to national users, not to sup-ningxia (404 by direct URL); national users list it.
     */
    @Test
    void aCorrectionIsRevalidatedAndTheOriginalGoesToTheRightPeopleOnly() throws IOException, InterruptedException {
        String report = REPORTS.get(CORRECTED_SAMPLE);
        String indicators = "indicators?level=county&year=2021&region=230000";
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page(indicators), "sup-heilongjiang");
            assertEquals("4", newRequestsOfHuachuan(browser));

            browser.open(page("reports/" + report), "sup-heilongjiang");
            int errorsBefore = browser.driver().findElements(
                    By.cssSelector("li.finding.error:not(.not-assessable)")).size();
            assertTrue(browser.driver().findElements(By.cssSelector("li.finding[data-rule='A01']:not(.not-assessable)"))
                    .isEmpty(), "桦川县 balances before the correction");
            new org.openqa.selenium.support.ui.Select(browser.await(By.id("correction-cell")))
                    .selectByValue("apply.new.total");
            assertEquals("4", browser.await(By.id("correction-old")).getAttribute("value"));
            browser.driver().findElement(By.id("correction-new")).sendKeys("5");
            browser.driver().findElement(By.id("correction-reason")).sendKeys("核对原件：本年新收应为 5 件");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('corrections').scrollIntoView()");
            browser.screenshot("correction-form-sup-heilongjiang");
            browser.driver().findElement(By.id("correction-submit")).click();
            browser.await(By.tagName("footer"));
            browser.screenshot("correction-submitted-sup-heilongjiang");
            String corrected = browser.await(By.id("corrected-version")).getAttribute("href");

            // validate-service runs every rule on the corrected report; stats stores it as the new version
            awaitPage(browser, corrected, "sup-heilongjiang");
            // the round trip's steps are repetitions for ingest: the submission stays stored, on its attempt
            JsonNode status = new IngestClient(platform.ingestUrl(), TestTokens.forRealm(platform.realmUrl()).clerk())
                    .status(report);
            assertEquals("stored", status.path("stage").asText(), status.toString());
            assertEquals(1, status.path("attempt").asInt(), status.toString());
            assertTrue(browser.text(By.id("applied-corrections")).contains("核对原件"));
            assertTrue(browser.text(By.id("applied-corrections")).contains("sup-heilongjiang"));
            WebElement cell = browser.await(By.cssSelector("td.corrected[data-key='apply.new.total']"));
            assertTrue(cell.getText().startsWith("5"), cell.getText());
            assertFalse(browser.driver().findElements(By.cssSelector("li.finding[data-rule='A01']:not(.not-assessable)"))
                    .isEmpty(), "new 5 + carried 0 ≠ handled 4 + carried forward 0");
            assertTrue(browser.driver().findElements(By.cssSelector("li.finding.error:not(.not-assessable)")).size()
                    > errorsBefore, "the corrected version has more errors");
            assertTrue(browser.text(By.id("history")).contains("更正"), browser.text(By.id("history")));
            assertTrue(browser.await(By.id("download-original")).getAttribute("href").endsWith("/originals/" + report));
            browser.screenshot("report-corrected-sup-heilongjiang");

            browser.open(page(indicators), "sup-heilongjiang");
            assertEquals("5", newRequestsOfHuachuan(browser));
            browser.screenshot("indicators-corrected-sup-heilongjiang");

            String original = browser.fetch(page("originals/" + report));
            assertEquals("200\n" + Files.readString(HOME.resolve("samples").resolve(CORRECTED_SAMPLE)), original);
        }
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page("originals/" + report), "sup-ningxia");
            assertEquals("404", browser.text(By.id("error-status")));
        }
        try (Browser browser = Browser.open(SCREENSHOTS)) {
            browser.open(page("corrections"), "national");
            String list = browser.text(By.id("correction-list"));
            assertTrue(list.contains("桦川县人民政府") && list.contains("核对原件") && list.contains("sup-heilongjiang"), list);
            browser.screenshot("corrections-national");
            assertTrue(browser.fetch(page("originals/" + report)).startsWith("200\n"));
        }
    }

    /** 本年新收申请数 (the first indicator column) of 桦川县 in the county table. */
    private static String newRequestsOfHuachuan(Browser browser) {
        WebElement row = browser.await(By.xpath("//section[@id='indicator-table']//tr[td[1][contains(., '桦川县')]]"));
        return row.findElements(By.tagName("td")).get(3).getText();
    }

    /** Opens a page that appears once the pipeline has done its part (a 404 until then). */
    private static void awaitPage(Browser browser, String url, String user) {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        while (true) {
            browser.open(url, user);
            if (browser.driver().findElements(By.id("error-status")).isEmpty()) return;
            if (Instant.now().isAfter(deadline)) throw new AssertionError(url + " did not appear");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
