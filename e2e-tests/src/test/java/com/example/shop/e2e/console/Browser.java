package com.example.shop.e2e.console;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A real headless Chromium on the console, for one test: Debian's {@code chromium} and {@code chromium-driver},
 * found on the path (or named by {@code CHROMIUM} and {@code CHROMEDRIVER}). Without them the test is skipped, with
 * one line saying so. Every {@code confirm()} the page asks is accepted, as a person who clicked would.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(String baseUrl) {
        Optional<Path> chromium = executable("CHROMIUM", "chromium", "chromium-browser");
        Optional<Path> chromedriver = executable("CHROMEDRIVER", "chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "browser test skipped: chromium and chromedriver are not installed "
                    + "(apt-get install chromium chromium-driver)";
            System.out.println("[console] " + missing);
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-GB");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    private static Optional<Path> executable(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(directory -> Stream.of(names).map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Opens the console at this place, such as {@code #/catalog}. */
    Browser go(String place) {
        driver.get(baseUrl + "/" + place);
        return this;
    }

    WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser fill(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    Browser click(String css) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits until the element shows this text, the page having fetched it and changed itself. */
    Browser waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(condition::apply);
    }

    /** For what this class does not wrap, such as a double click. */
    WebDriver driver() {
        return driver;
    }

    String place() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Saves what the page looks like now as target/console-screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to the console as errors: a script error, a refused Content-Security-Policy. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the API's refusals that a page shows the person (a 401 before the token is renewed, a 403)
                .filter(message -> !message.matches(".*/api/\\S+ - Failed to load resource: .*"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
