package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.web.DemoWorld.FIRST_AFFILIATED_HOSPITAL;
import static org.jointresearch.registry.api.web.DemoWorld.LIVER_FAILURE_PROJECT;

/**
 * The search page, similar projects and the collaborator finder in a real headless Chromium on the demo world,
 * once the search indexes hold it: narrowing by facets, a suggestion picked with the keyboard, the Chinese
 * interface, the centres matching the words, and the same searches without JavaScript. Screenshots land in
 * target/screenshots; page times go to the log, each page's first visit timed before any test has opened it.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(SearchBrowserTest.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Map<String, String> TIMED_PAGES = new LinkedHashMap<>();
    private static final Set<String> PARTNER_HOSPITALS = Set.of(
            "The First Affiliated Hospital, Zhejiang University School of Medicine",
            "The Second Affiliated Hospital, Zhejiang University School of Medicine",
            "Sir Run Run Shaw Hospital, Zhejiang University School of Medicine");

    static {
        TIMED_PAGES.put("search-liver", "/?q=liver+failure&discipline=3.2");
        TIMED_PAGES.put("search-centres", "/?q=surgical+robotics");
        TIMED_PAGES.put("search", "/");
        TIMED_PAGES.put("collaborators", "/collaborators?topic=AI+in+medicine&mine=" + DemoWorld.HKUST);
    }

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    private final Map<String, Long> firstVisits = new HashMap<>();
    private Chromium english;
    private Chromium chinese;
    private Chromium scriptless;

    @BeforeAll
    void awaitTheIndexAndStartBrowsersAndTimeTheFirstVisits() {
        SearchIndexed.await(new ApiClient(http));
        english = Chromium.preferring("en-GB,en");
        // A fresh browser's first page answers late, whatever it is (a search the server had just answered in 40
        // to 110 ms over plain HTTP took 350 to 500 ms as its first page): spend that on a page not timed, and
        // time the others before the other browsers start and take the processors.
        open(english, "/login");
        TIMED_PAGES.forEach((name, path) -> {
            open(english, path);
            firstVisits.put(name, serverTime(english));
        });
        chinese = Chromium.preferring("zh-CN,zh");
        scriptless = Chromium.withoutJavaScript();
    }

    @AfterAll
    void stopBrowsers() throws IOException {
        for (var browser : List.of(english, chinese, scriptless)) {
            browser.close();
        }
    }

    @Test
    void narrowsBySubDisciplineAndThenByAnInstitutionWithChipsToLiftEach() {
        open(english, "/");
        var everything = found(english);

        english.driver.findElement(By.xpath("//a[starts-with(., 'Medical and health sciences')]/following-sibling::details/summary")).click();
        english.driver.findElement(By.xpath("//a[starts-with(., 'Clinical medicine')]")).click();

        assertThat(english.driver.getCurrentUrl()).endsWith("/?discipline=3.2");
        var clinical = found(english);
        assertThat(clinical).isPositive().isLessThan(everything);
        assertThat(texts(english, "ul.chips a")).singleElement().asString().startsWith("Discipline: Clinical medicine");
        assertThat(english.driver.findElement(By.cssSelector("a[aria-current=true]")).getText())
                .startsWith("Clinical medicine");

        english.driver.findElement(By.xpath("//h3[@id='facet-institution']/following-sibling::ul[1]"
                + "//a[starts-with(., 'The First Affiliated Hospital')]")).click();

        assertThat(english.driver.getCurrentUrl()).contains("discipline=3.2", "institution=" + FIRST_AFFILIATED_HOSPITAL);
        assertThat(found(english)).isPositive().isLessThan(clinical);
        assertThat(texts(english, "ul.chips a")).hasSize(2);
        english.driver.findElement(By.partialLinkText("Discipline: Clinical medicine")).click();
        assertThat(english.driver.getCurrentUrl()).endsWith("/?institution=" + FIRST_AFFILIATED_HOSPITAL);
    }

    @Test
    void opensASuggestionPickedWithTheKeyboard() {
        open(english, "/");
        var box = english.driver.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");

        box.sendKeys("post-hepatectomy liver");
        new WebDriverWait(english.driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul.suggestions li[role=option]")));
        box.sendKeys(Keys.ARROW_DOWN);

        var chosen = english.driver.findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertThat(chosen.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        var label = chosen.getText();
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(english.driver, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlMatches("/$")));
        assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo(label);
    }

    @Test
    void aProjectPageListsSimilarProjectsThatLeadToTheirOwnPages() {
        open(english, "/projects/" + LIVER_FAILURE_PROJECT);

        var similar = english.driver.findElements(By.cssSelector("section[aria-labelledby=similar] li a"));
        assertThat(similar).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        var first = similar.getFirst().getText();
        similar.getFirst().click();

        assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo(first);
        assertThat(english.driver.getCurrentUrl()).doesNotEndWith(LIVER_FAILURE_PROJECT.toString());
    }

    @Test
    void findsWhoWorksOnAiInMedicineAtHkustsPartnerHospitals() {
        open(english, "/collaborators");
        english.driver.findElement(By.id("topic")).sendKeys("AI in medicine");
        new Select(english.driver.findElement(By.id("mine")))
                .selectByVisibleText("The Hong Kong University of Science and Technology 香港科技大学");
        english.driver.findElement(By.cssSelector("form.finder button")).click();
        // The click only starts the navigation; wait for the answer before reading the page.
        new WebDriverWait(english.driver, PATIENCE).until(ExpectedConditions.urlContains("topic="));

        assertThat(english.driver.getCurrentUrl()).contains("topic=AI+in+medicine", "mine=" + DemoWorld.HKUST);
        var researchers = english.driver.findElements(By.cssSelector("ol.results > li"));
        assertThat(researchers).isNotEmpty();
        assertThat(texts(english, "ol.results h3")).anySatisfy(name -> assertThat(name).contains("Zhou Yiran"));
        for (var researcher : researchers) {
            assertThat(researcher.findElements(By.cssSelector("p.meta a"))).extracting(WebElement::getText)
                    .isNotEmpty().allSatisfy(place -> assertThat(PARTNER_HOSPITALS).anySatisfy(place::startsWith));
            assertThat(researcher.findElements(By.cssSelector("ul.evidence li"))).isNotEmpty()
                    .allSatisfy(project -> assertThat(project.getText()).matches(".+ \\((Lead|Co-investigator|Member|Student)\\)"));
        }
        assertThat(new Select(english.driver.findElement(By.id("mine"))).getFirstSelectedOption().getText())
                .as("the form keeps what was asked").startsWith("The Hong Kong University");
    }

    @Test
    void theSearchPageSpeaksChineseAndTheSwitchKeepsTheSearch() {
        open(chinese, "/?q=liver&discipline=3.2");

        assertThat(chinese.driver.findElement(By.tagName("h1")).getText()).isEqualTo("检索联合项目");
        assertThat(texts(chinese, "aside h3")).contains("学科", "机构", "状态", "开始年份");
        assertThat(texts(chinese, "ul.chips a")).singleElement().asString().startsWith("学科: 临床医学");
        assertThat(chinese.driver.findElement(By.cssSelector("p.found")).getText()).startsWith("找到");

        chinese.driver.findElement(By.linkText("English")).click();
        assertThat(chinese.driver.getCurrentUrl()).contains("q=liver", "discipline=3.2", "lang=en");
        assertThat(chinese.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search joint projects");
        chinese.driver.findElement(By.linkText("中文")).click();
    }

    @Test
    void searchesFacetsAndPagesWithoutJavaScript() {
        open(scriptless, "/");
        var box = scriptless.driver.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).as("no script, no combobox").isNull();

        box.sendKeys("liver", Keys.ENTER);
        // The key returns before the form's page has loaded.
        new WebDriverWait(scriptless.driver, PATIENCE).until(ExpectedConditions.urlContains("q="));
        assertThat(scriptless.driver.getCurrentUrl()).endsWith("/?q=liver");
        var liver = found(scriptless);
        assertThat(texts(scriptless, "ol.results mark")).isNotEmpty();
        scriptless.driver.findElement(By.xpath("//a[starts-with(., 'Medical and health sciences')]/following-sibling::details/summary")).click();
        scriptless.driver.findElement(By.xpath("//a[starts-with(., 'Clinical medicine')]")).click();
        assertThat(found(scriptless)).isLessThanOrEqualTo(liver);
        assertThat(scriptless.driver.getCurrentUrl()).contains("q=liver", "discipline=3.2");

        open(scriptless, "/");
        scriptless.driver.findElement(By.id("q")).sendKeys("surgical robotics", Keys.ENTER);
        new WebDriverWait(scriptless.driver, PATIENCE).until(ExpectedConditions.urlContains("q="));
        scriptless.driver.findElement(By.cssSelector("section[aria-labelledby=centres] li > a")).click();
        assertThat(scriptless.driver.getCurrentUrl()).endsWith("/centres/" + DemoWorld.id("centres", "demo-centre-mis-robotics"));

        open(scriptless, "/");
        scriptless.driver.findElement(By.linkText("More results")).click();
        assertThat(scriptless.driver.getCurrentUrl()).contains("cursor=");
        assertThat(scriptless.driver.findElements(By.cssSelector("ol.results > li"))).isNotEmpty();
    }

    @Test
    void searchPagesFitAPhoneAndAreSavedAsScreenshotsWithTheirTimesLogged() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (var page : TIMED_PAGES.entrySet()) {
            open(english, page.getValue());
            LOG.info("page {}: answered in {} ms (first visit {} ms)", page.getKey(), serverTime(english),
                    firstVisits.get(page.getKey()));
            assertThat(english.fits(390)).as(page.getKey() + " at 390 px").isTrue();
            for (int width : new int[] {1280, 390}) {
                assertThat(english.screenshot(SCREENSHOTS, page.getKey(), width)).isNotEmptyFile();
            }
        }
        open(chinese, "/?q=liver&lang=zh");
        chinese.screenshot(SCREENSHOTS, "search-zh", 1280);
        chinese.screenshot(SCREENSHOTS, "search-zh", 390);
        open(chinese, "/?lang=en");
    }

    private void open(Chromium browser, String path) {
        browser.driver.get(server.getURL() + path);
    }

    private static long found(Chromium browser) {
        return Long.parseLong(browser.driver.findElement(By.cssSelector("p.found")).getText().replaceAll("\\D", ""));
    }

    private static List<String> texts(Chromium browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static long serverTime(Chromium browser) {
        return Math.round(((Number) browser.script("var t = performance.getEntriesByType('navigation')[0];"
                + " return t.responseStart - t.requestStart;")).doubleValue());
    }
}
