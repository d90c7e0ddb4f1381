package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.web.DemoWorld.LIVER_FAILURE_PROJECT;

/**
 * Administration in a real headless Chromium on the demo world: signing in and out, registering a
 * centre that search then finds, a steward editing their project while another researcher sees no way to,
 * refusals shown beside their fields, the Chinese forms, and every form's labels. Screenshots of the forms
 * land in target/screenshots at 1280 and 390 px; form times go to the log.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class AdministrationBrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrationBrowserTest.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PROJECT = "/projects/" + LIVER_FAILURE_PROJECT;
    private static final String NEW_CENTRE = "HKUST–SRRSH Joint Centre for Surgical Robotics";

    private static Chromium english;
    private static Chromium chinese;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    static void startBrowsers() {
        english = Chromium.preferring("en-GB,en");
        chinese = Chromium.preferring("zh-CN,zh");
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        english.close();
        chinese.close();
    }

    @BeforeEach
    void signEveryoneOut() {
        for (var browser : List.of(english, chinese)) {
            open(browser, "/login");
            browser.driver.manage().deleteAllCookies();
        }
    }

    @Test
    void anAdministratorRegistersACentreOfTwoInstitutionsSeesItsPageAndFindsItBySearch() {
        signIn(english, "admin", ApiClient.ADMIN_PASSWORD);
        press(english, By.linkText("New centre"));

        type(english, "Name", NEW_CENTRE);
        choose(english, "Status", "Active");
        choose(english, "Institution 1", "The Hong Kong University of Science and Technology");
        choose(english, "Institution 2", "Sir Run Run Shaw Hospital");
        english.driver.findElement(By.xpath("//label[starts-with(., 'AI in medicine')]")).click();
        english.script("document.getElementById('f-establishedOn').value = '2025-09-01'");
        press(english, By.cssSelector("button.primary"));

        assertThat(english.driver.getCurrentUrl()).matches(".*/centres/[0-9a-f-]{36}");
        assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo(NEW_CENTRE);
        assertThat(texts(english, "section[aria-labelledby=institutions] li")).containsExactly(
                "The Hong Kong University of Science and Technology 香港科技大学",
                "Sir Run Run Shaw Hospital, Zhejiang University School of Medicine 浙江大学医学院附属邵逸夫医院");
        assertThat(texts(english, "section[aria-labelledby=disciplines] li")).containsExactly("AI in medicine 人工智能医学");
        assertThat(english.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("2025-09-01");

        var centrePage = english.driver.getCurrentUrl();
        var link = "section[aria-labelledby=centres] a[href='" + URI.create(centrePage).getPath() + "']";
        // The centre reaches the search index through the outbox, a moment after the page that shows it.
        Eventually.await("the new centre on the search page", () -> {
            open(english, "/");
            english.driver.findElement(By.id("q")).sendKeys(NEW_CENTRE);
            press(english, By.cssSelector("form.query button[type=submit]"));
            return texts(english, link);
        }, found -> !found.isEmpty());
        assertThat(texts(english, link)).containsExactly(NEW_CENTRE);
        press(english, By.cssSelector(link));
        assertThat(english.driver.getCurrentUrl()).isEqualTo(centrePage);
    }

    @Test
    void aResearcherWhoLeadsAProjectSeesItsEditControlAndChangesIt() {
        var lead = account(DemoWorld.ZHOU_YIRAN);
        signIn(english, lead, lead);
        open(english, PROJECT);

        press(english, By.linkText("Edit this project"));
        assertThat(english.driver.findElement(By.tagName("h1")).getText()).startsWith("Edit the project");
        var keywords = english.driver.findElement(By.id("f-keywords"));
        keywords.sendKeys("\nliver resection");
        press(english, By.cssSelector("button.primary"));

        assertThat(english.driver.getCurrentUrl()).as(() -> english.driver.findElement(By.tagName("main")).getText())
                .endsWith(PROJECT);
        assertThat(texts(english, "section[aria-labelledby=keywords] li")).contains("liver resection");
    }

    @Test
    void aResearcherWhoDoesNotSteerAProjectSeesNoEditControlAndIsRefusedItsForm() {
        var student = account(DemoWorld.id("people", "demo-kwok-pakhei"));
        signIn(english, student, student);

        open(english, PROJECT);
        assertThat(english.driver.findElements(By.partialLinkText("Edit"))).isEmpty();
        assertThat(english.driver.findElement(By.cssSelector("header")).getText()).contains("New project")
                .doesNotContain("New centre");
        open(english, PROJECT + "/edit");
        assertThat(english.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");

        english.driver.manage().deleteAllCookies();
        open(english, PROJECT);
        assertThat(english.driver.findElements(By.partialLinkText("Edit"))).as("anonymous").isEmpty();
    }

    @Test
    void aRefusedFormShowsItsProblemsBesideTheFieldsKeepsTheValuesAndTakesTheFocus() {
        signIn(english, "admin", ApiClient.ADMIN_PASSWORD);
        open(english, "/agreements/new");
        type(english, "Title", "Memorandum with a single party");
        choose(english, "Party 1", "Zhejiang University");
        press(english, By.cssSelector("button.primary"));

        var focused = english.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("form-problems");
        assertThat(focused.getText()).contains("There is a problem", "Parties: Give at least 2 and at most 50.");
        assertThat(english.driver.findElement(By.id("f-title")).getAttribute("value"))
                .isEqualTo("Memorandum with a single party");
        assertThat(new Select(english.driver.findElement(By.id("f-partyIds-0"))).getFirstSelectedOption().getText())
                .isEqualTo("Zhejiang University (浙江大学)");
        focused.findElement(By.linkText("Parties: Give at least 2 and at most 50.")).click();
        var parties = english.driver.switchTo().activeElement();
        assertThat(parties.getAttribute("id")).isEqualTo("f-partyIds");
        assertThat(parties.getAttribute("aria-describedby")).contains("f-partyIds-problem");
        assertThat(english.driver.findElement(By.id("f-partyIds-problem")).getText()).contains("Give at least 2");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn(english, "admin", ApiClient.ADMIN_PASSWORD);
        open(english, PROJECT);

        press(english, By.xpath("//button[. = 'Sign out']"));

        assertThat(english.driver.getCurrentUrl()).endsWith(PROJECT);
        assertThat(english.driver.findElement(By.cssSelector("header")).getText()).contains("Sign in")
                .doesNotContain("admin");
        open(english, "/centres/new");
        assertThat(english.driver.getCurrentUrl()).contains("/login?next=%2Fcentres%2Fnew");
    }

    @Test
    void theChineseInterfaceShowsTheFormsInChinese() {
        open(chinese, "/login");
        assertThat(chinese.driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("用户名");
        signIn(chinese, "admin", ApiClient.ADMIN_PASSWORD);
        open(chinese, "/projects/new");

        assertThat(chinese.driver.findElement(By.tagName("h1")).getText()).isEqualTo("新建合作项目");
        assertThat(texts(chinese, "label")).contains("标题", "开始日期 （选填）", "摘要 （选填）");
        assertThat(texts(chinese, "legend")).contains("学科", "人员及角色", "人员 1");
        press(chinese, By.cssSelector("button.primary"));
        assertThat(chinese.driver.findElement(By.id("form-problems")).getText()).contains("提交的内容有问题", "标题: 此项必填。");
    }

    @Test
    void everyFormLabelsEachInputAndFitsAPhoneAndIsSavedAsScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        signIn(english, "admin", ApiClient.ADMIN_PASSWORD);
        var forms = Map.of("form-institution", "/institutions/new", "form-agreement", "/agreements/new",
                "form-centre", "/centres/new", "form-project", "/projects/new", "form-project-edit", PROJECT + "/edit");
        for (var form : forms.entrySet()) {
            open(english, form.getValue());
            LOG.info("form {}: answered in {} ms", form.getKey(), serverTime(english));
            assertThat(unlabelled(english)).as(form.getKey()).isEmpty();
            assertThat(english.fits(390)).as(form.getKey() + " at 390 px").isTrue();
            screenshots(english, form.getKey());
        }
        open(english, "/projects/new");
        press(english, By.cssSelector("button.primary"));
        assertThat(english.driver.findElement(By.id("form-problems")).getText()).contains("Title: Fill this in.");
        screenshots(english, "form-project-refused");
        english.driver.manage().deleteAllCookies();
        open(english, "/login");
        screenshots(english, "form-login");
        signIn(chinese, "admin", ApiClient.ADMIN_PASSWORD);
        open(chinese, "/centres/new");
        screenshots(chinese, "form-centre-zh");
    }

    /** Inputs no label names, and describedby links to nothing, as "id: what is wrong". */
    @SuppressWarnings("unchecked")
    private static List<String> unlabelled(Chromium browser) {
        return (List<String>) browser.script("""
                var wrong = [];
                document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(input => {
                  if (input.labels.length === 0) wrong.push(input.name + ': no label');
                });
                document.querySelectorAll('[aria-describedby]').forEach(element => {
                  element.getAttribute('aria-describedby').split(' ').forEach(id => {
                    if (!document.getElementById(id)) wrong.push(element.id + ': no ' + id);
                  });
                });
                return wrong;""");
    }

    /** Opens an account for a demo person through the API; its name is also its password. */
    private String account(UUID personId) {
        var name = "researcher-" + UUID.randomUUID().toString().substring(0, 8);
        var opened = new ApiClient(http).post("/api/v1/users", Map.of("username", name, "password", name + name,
                "roles", List.of("RESEARCHER"), "personId", personId));
        assertThat(opened.status()).isEqualTo(201);
        return name;
    }

    private void signIn(Chromium browser, String username, String password) {
        open(browser, "/login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password.equals(username) ? username + username : password);
        press(browser, By.cssSelector("form.form button.primary"));
        assertThat(browser.driver.findElement(By.cssSelector("header form.account")).getText()).contains(username);
    }

    /** Clicks what leads to another page, and waits until the next page has loaded in place of this one. */
    private static void press(Chromium browser, By what) {
        browser.script("window.leaving = true");
        browser.driver.findElement(what).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(browser.script(
                "return window.leaving === undefined && document.readyState === 'complete'")));
    }

    private void open(Chromium browser, String path) {
        browser.driver.get(server.getURL() + path);
    }

    private static void type(Chromium browser, String label, String text) {
        field(browser, label).sendKeys(text);
    }

    private static void choose(Chromium browser, String label, String optionStartingWith) {
        var select = new Select(field(browser, label));
        select.getOptions().stream().filter(option -> option.getText().startsWith(optionStartingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + optionStartingWith + " in " + label))
                .click();
    }

    private static WebElement field(Chromium browser, String label) {
        var labelElement = browser.driver.findElement(By.xpath("//label[normalize-space(text()) = '" + label + "']"));
        return browser.driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    private static List<String> texts(Chromium browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void screenshots(Chromium browser, String name) throws IOException {
        for (int width : new int[] {1280, 390}) {
            assertThat(browser.screenshot(SCREENSHOTS, name, width)).isNotEmptyFile();
        }
    }

    private static long serverTime(Chromium browser) {
        return Math.round(((Number) browser.script("var t = performance.getEntriesByType('navigation')[0];"
                + " return t.responseStart - t.requestStart;")).doubleValue());
    }
}
