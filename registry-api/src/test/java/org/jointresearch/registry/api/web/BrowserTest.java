package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.web.DemoWorld.FIRST_AFFILIATED_HOSPITAL;
import static org.jointresearch.registry.api.web.DemoWorld.LIVER_FAILURE_PROJECT;
import static org.jointresearch.registry.api.web.DemoWorld.ZHOU_YIRAN;

/**
 * The record pages in a real headless Chromium on the demo world: following links between records,
 * the institution hierarchy, the Chinese interface and its switch, the not-found page, pages without
 * JavaScript, and phone widths. Screenshots land in target/screenshots; page times go to the log.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class BrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserTest.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PROJECT_TITLE = "Deep learning prediction of post-hepatectomy liver failure from preoperative CT";
    private static final Map<String, String> MAIN_PAGES = new LinkedHashMap<>();

    static {
        MAIN_PAGES.put("project", "/projects/" + LIVER_FAILURE_PROJECT);
        MAIN_PAGES.put("person", "/people/" + ZHOU_YIRAN);
        MAIN_PAGES.put("institution-hospital", "/institutions/" + FIRST_AFFILIATED_HOSPITAL);
        MAIN_PAGES.put("institution-university", "/institutions/" + DemoWorld.HKUST);
        MAIN_PAGES.put("agreement", "/agreements/" + DemoWorld.HOSPITAL_MOU);
        MAIN_PAGES.put("centre", "/centres/" + DemoWorld.AI_MEDICINE_CENTRE);
        MAIN_PAGES.put("team", "/teams/" + DemoWorld.IMAGING_TEAM);
        MAIN_PAGES.put("programme", "/programmes/" + DemoWorld.RESEARCH_EXCHANGE);
        MAIN_PAGES.put("not-found", "/projects/" + UUID.nameUUIDFromBytes("nothing".getBytes()));
    }

    private static Chromium english;
    private static Chromium chinese;
    private static Chromium scriptless;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startBrowsers() {
        english = Chromium.preferring("en-GB,en");
        chinese = Chromium.preferring("zh-CN,zh");
        scriptless = Chromium.withoutJavaScript();
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        for (var browser : List.of(english, chinese, scriptless)) {
            browser.close();
        }
    }

    @Test
    void aProjectPageListsItsPeopleWhosePagesLinkBackToTheProject() {
        open(english, MAIN_PAGES.get("project"));

        assertThat(texts(english, "section[aria-labelledby=people] tbody tr"))
                .anySatisfy(row -> assertThat(row).contains("Zhou Yiran", "Lead"))
                .anySatisfy(row -> assertThat(row).contains("Kwok Pak-Hei", "Student"));
        english.driver.findElement(By.partialLinkText("Zhou Yiran")).click();

        assertThat(english.driver.getCurrentUrl()).endsWith("/people/" + ZHOU_YIRAN);
        assertThat(english.driver.findElement(By.tagName("h1")).getText()).contains("Zhou Yiran", "周一然");
        assertThat(texts(english, "section[aria-labelledby=projects] tbody tr"))
                .anySatisfy(row -> assertThat(row).contains(PROJECT_TITLE, "Lead", "Active"));
        english.driver.findElement(By.linkText(PROJECT_TITLE)).click();
        assertThat(english.driver.getCurrentUrl()).endsWith("/projects/" + LIVER_FAILURE_PROJECT);
    }

    @Test
    void anInstitutionPageShowsItsChainUpToTheUniversityAndItsPartners() {
        open(english, MAIN_PAGES.get("institution-hospital"));

        assertThat(texts(english, "ol.hierarchy li")).satisfiesExactly(
                university -> assertThat(university).isEqualTo("Zhejiang University 浙江大学"),
                school -> assertThat(school).isEqualTo("Zhejiang University School of Medicine 浙江大学医学院"),
                hospital -> assertThat(hospital).startsWith("The First Affiliated Hospital"));
        assertThat(english.driver.findElement(By.cssSelector("ol.hierarchy li:last-child")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(texts(english, "section[aria-labelledby=partners] li"))
                .containsExactly("The Hong Kong University of Science and Technology 香港科技大学");

        english.driver.findElement(By.linkText("Zhejiang University School of Medicine 浙江大学医学院")).click();
        assertThat(english.driver.getCurrentUrl()).endsWith("/institutions/" + DemoWorld.ZJU_MEDICINE);
        assertThat(texts(english, "section[aria-labelledby=hierarchy] ul.refs li")).hasSize(3)
                .anySatisfy(child -> assertThat(child).startsWith("The First Affiliated Hospital"));
    }

    @Test
    void anAgreementPageShowsItsPartiesSignatoriesAndWhatWasFoundedUnderIt() {
        open(english, MAIN_PAGES.get("agreement"));

        assertThat(texts(english, "section[aria-labelledby=parties] li")).hasSize(2)
                .anySatisfy(party -> assertThat(party).startsWith("The Hong Kong University of Science and Technology"));
        assertThat(texts(english, "section[aria-labelledby=signatories] tbody tr"))
                .anySatisfy(row -> assertThat(row).contains("Nancy Ip", "President"));
        assertThat(texts(english, "section[aria-labelledby=areas] li")).isNotEmpty();
        assertThat(texts(english, "#centres + ul li")).containsExactly(
                "HKUST–FAHZU Joint Centre for AI in Medicine 港科大–浙大一院人工智能医学联合中心");
        assertThat(texts(english, "#projects + ul li")).hasSize(6).contains(PROJECT_TITLE);
        assertThat(texts(english, "#programmes + ul li")).containsExactlyInAnyOrder(
                "HKUST–FAHZU Clinical Research Student Exchange", "Summer Internship in Hospital AI");
    }

    @Test
    void theChineseInterfaceShowsChineseLabelsAndNamesAndSwitchesToEnglishForGood() {
        open(chinese, MAIN_PAGES.get("project"));

        assertThat(language(chinese)).isEqualTo("zh-Hans");
        assertThat(texts(chinese, "h2")).contains("人员及角色", "学科", "经费");
        assertThat(texts(chinese, "section[aria-labelledby=people] tbody tr"))
                .anySatisfy(row -> assertThat(row).contains("周一然 Zhou Yiran", "负责人"));
        assertThat(texts(chinese, "section[aria-labelledby=disciplines] li")).contains("人工智能医学 AI in medicine");

        chinese.driver.findElement(By.linkText("English")).click();
        assertThat(language(chinese)).isEqualTo("en");
        assertThat(texts(chinese, "h2")).contains("People and their roles");
        chinese.driver.findElement(By.partialLinkText("Zhou Yiran")).click();
        assertThat(language(chinese)).as("the choice outlives the page it was made on").isEqualTo("en");
        chinese.driver.findElement(By.linkText("中文")).click();
        assertThat(language(chinese)).isEqualTo("zh-Hans");
    }

    @Test
    void anUnknownProjectShowsTheNotFoundPageWithTheSiteAroundIt() {
        open(english, "/projects/" + UUID.randomUUID());

        assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(english.driver.getTitle()).startsWith("Not found");
        assertThat(english.driver.findElements(By.linkText("中文"))).hasSize(1);
    }

    @Test
    void everyMainPageReadsTheSameWithoutJavaScriptAndShowsNoEmailAddress() {
        scriptless.driver.get("data:text/html,<p id=state>off</p><script>state.textContent='on'</script>");
        assertThat(scriptless.driver.findElement(By.id("state")).getText()).as("JavaScript is off").isEqualTo("off");

        MAIN_PAGES.forEach((name, path) -> {
            open(english, path);
            open(scriptless, path);
            var content = english.driver.findElement(By.tagName("main")).getText();
            assertThat(scriptless.driver.findElement(By.tagName("main")).getText()).as(name)
                    .isNotBlank().isEqualTo(content);
            assertThat(english.driver.getPageSource()).as(name).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.\\w+");
        });
    }

    @Test
    void everyMainPageHasLandmarksOneTitleAndHeadingsThatSkipNoLevel() {
        MAIN_PAGES.forEach((name, path) -> {
            open(english, path);
            for (var landmark : List.of("header", "nav", "main", "footer")) {
                assertThat(english.driver.findElements(By.tagName(landmark))).as(name + " " + landmark).hasSize(1);
            }
            @SuppressWarnings("unchecked")
            var levels = (List<Long>) english.script(
                    "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => +h.tagName[1])");
            assertThat(levels).as(name).startsWith(1L).filteredOn(level -> level == 1L).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as(name + " heading " + i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            @SuppressWarnings("unchecked")
            var linkTexts = (List<String>) english.script(
                    "return Array.from(document.links).map(link => link.textContent.trim())");
            assertThat(linkTexts).as(name + ": every link says where it goes").isNotEmpty()
                    .allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(english.driver.findElements(By.cssSelector("table:not(:has(thead th[scope=col]))"))).isEmpty();
        });
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        open(english, MAIN_PAGES.get("project"));

        english.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var skip = english.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to the content");
        assertThat(skip.getRect().getY()).as("shown once focused").isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        assertThat(english.driver.switchTo().activeElement().getTagName()).isEqualTo("main");
    }

    @Test
    void mainPagesFitAPhoneAndAreSavedAsScreenshotsWithTheirTimesLogged() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (var page : MAIN_PAGES.entrySet()) {
            open(english, page.getValue());
            var firstVisit = serverTime(english);
            open(english, page.getValue());
            LOG.info("page {}: answered in {} ms (first visit {} ms), loaded in {} ms", page.getKey(),
                    serverTime(english), firstVisit, loadTime(english));

            assertThat(english.fits(390)).as(page.getKey() + " at 390 px").isTrue();
            for (int width : new int[] {1280, 390}) {
                assertThat(english.screenshot(SCREENSHOTS, page.getKey(), width)).isNotEmptyFile();
            }
        }
        open(chinese, MAIN_PAGES.get("project") + "?lang=zh");
        assertThat(chinese.fits(390)).isTrue();
        chinese.screenshot(SCREENSHOTS, "project-zh", 1280);
        chinese.screenshot(SCREENSHOTS, "project-zh", 390);
    }

    private void open(Chromium browser, String path) {
        browser.driver.get(server.getURL() + path);
    }

    private static List<String> texts(Chromium browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String language(Chromium browser) {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** From the request leaving the browser to the first byte of the answer, as the browser measured it. */
    private static long serverTime(Chromium browser) {
        return Math.round(((Number) browser.script("var t = performance.getEntriesByType('navigation')[0];"
                + " return t.responseStart - t.requestStart;")).doubleValue());
    }

    private static long loadTime(Chromium browser) {
        return Math.round(((Number) browser.script("var t = performance.getEntriesByType('navigation')[0];"
                + " return t.loadEventEnd - t.startTime;")).doubleValue());
    }
}
