package org.lifeline.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver, as the console's browser tests drive it: a 1280 x 900 window,
 * downloads into {@code target/console-downloads/}, screenshots into {@code target/console-screenshots/}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path SHOTS = Path.of("target/console-screenshots");
    static final Path DOWNLOADS = Path.of("target/console-downloads").toAbsolutePath();

    final ChromeDriver browser;
    final WebDriverWait wait;

    HeadlessChromium() throws IOException {
        Files.createDirectories(SHOTS);
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("lifeline.test.chromium", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // the page's console, for the tests
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(System.getProperty("lifeline.test.chromedriver", "/usr/bin/chromedriver"))
                                .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Saves what the window shows as {@code target/console-screenshots/NAME.png}. */
    void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
