package org.jointresearch.registry.api.web;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver packages) driven through
 * Selenium. Both paths are given, so Selenium Manager never looks for, or downloads, a browser.
 */
final class Chromium implements AutoCloseable {

    private static final String BROWSER = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    final ChromeDriver driver;

    private Chromium(String acceptLanguage, boolean javaScript) {
        try {
            profile = Files.createTempDirectory("registry-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions().setBinary(BROWSER).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        Map<String, Object> preferences = new HashMap<>(Map.of("intl.accept_languages", acceptLanguage));
        if (!javaScript) {
            preferences.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", preferences);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser whose reader prefers {@code acceptLanguage}, as in Accept-Language ("zh-CN,zh"). */
    static Chromium preferring(String acceptLanguage) {
        return new Chromium(acceptLanguage, true);
    }

    /** An English-speaking browser with JavaScript switched off. */
    static Chromium withoutJavaScript() {
        return new Chromium("en-GB,en", false);
    }

    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Whether the current page, at this window width, needs no sideways scrolling. */
    boolean fits(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        var fits = (Boolean) script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        driver.manage().window().setSize(new Dimension(1280, 900));
        return fits;
    }

    /** Saves the whole page, as wide as given and as tall as it is, as {@code directory/name-width.png}. */
    Path screenshot(Path directory, String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        var height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
        driver.manage().window().setSize(new Dimension(width, Math.max(height, 600)));
        var file = directory.resolve(name + "-" + width + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
