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
}
