package org.disclosure.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (Debian's {@code chromium} and {@code chromium-driver}), driven by
 * Selenium with both paths given, so that Selenium Manager never downloads anything. {@code .ci/run} installs the
 * packages on a fresh machine; without them the tests fail with the command that installs them.
 */
final class Browser implements AutoCloseable {

    static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path screenshots;

    private Browser(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** A fresh browser (no cookies: nobody is signed in) with a 1366×768 window. */
    static Browser open(Path screenshots) {
        Path chromium = find("CHROMIUM_BIN", CHROMIUM);
        Path chromedriver = find("CHROMEDRIVER", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), screenshots);
    }

    private static Path find(String variable, List<Path> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no " + candidates.get(0).getFileName() + " at " + candidates + " (or $" + variable + "): the browser"
                        + " tests need Debian's chromium and chromium-driver; install them with"
                        + " `apt-get install -y chromium chromium-driver fonts-noto-cjk` (.ci/run does this)"));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a dashboard page; when Keycloak asks, signs in as {@code user} (password = user name, demo realm). */
    void open(String url, String user) {
        driver.get(url);
        if (!driver.findElements(By.id("kc-login")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(user);
            driver.findElement(By.id("kc-login")).click();
        }
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    /** Waits for an element and returns it. */
    WebElement await(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page said instead is what tells a failure apart: an error page, a refusal, another state
            String body = driver.findElements(By.tagName("body")).isEmpty() ? ""
                    : driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("no " + locator + " on " + driver.getCurrentUrl() + " within " + WAIT + "; the page shows: "
                    + body.substring(0, Math.min(body.length(), 3000)), e);
        }
    }

    String text(By locator) {
        return await(locator).getText();
    }

    /** Saves a screenshot of the window as {@code NAME.png} in the screenshot folder. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a fetch of a same-origin URL in the page (with its session cookie) and returns status and body. */
    String fetch(String url) {
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + t)))"
                        + ".catch(e => done('0\\n' + e));", url);
        return String.valueOf(result);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
