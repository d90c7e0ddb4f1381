package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record pages over plain HTTP, as a browser without JavaScript sees them: HTML in the reader's
 * language, error pages for browsers and problem documents for API clients, no e-mail address anywhere.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class RecordPagesTest {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    People people;

    private HtmlClient pages;

    @BeforeEach
    void connect() {
        pages = new HtmlClient(http);
    }

    @Test
    void answersAProjectPageInEnglishByDefault() {
        var page = pages.get("/projects/" + DemoWorld.LIVER_FAILURE_PROJECT);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.contentLanguage()).isEqualTo("en");
        assertThat(page.html()).contains("<html lang=\"en\">", "People and their roles", "Zhou Yiran",
                "href=\"/people/" + DemoWorld.ZHOU_YIRAN + "\"", "AI in medicine", "1,200,000");
    }

    @Test
    void speaksChineseToABrowserThatPrefersIt() {
        var page = pages.get("/projects/" + DemoWorld.LIVER_FAILURE_PROJECT,
                HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, zh-CN;q=0.8, en;q=0.5");

        assertThat(page.contentLanguage()).isEqualTo("zh-Hans");
        assertThat(page.html()).contains("<html lang=\"zh-Hans\">", "人员及角色", "周一然 <span class=\"alt\" lang=\"en\">Zhou Yiran</span>");
    }

    @Test
    void remembersTheLanguageChosenWithTheSwitchInACookie() {
        var chosen = pages.get("/institutions/" + DemoWorld.HKUST + "?lang=zh", HttpHeaders.ACCEPT_LANGUAGE, "en");

        assertThat(chosen.html()).contains("<html lang=\"zh-Hans\">", "协议合作伙伴");
        assertThat(chosen.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("lang=zh").contains("Path=/"));
        var next = pages.get("/people/" + DemoWorld.ZHOU_YIRAN, HttpHeaders.ACCEPT_LANGUAGE, "en",
                HttpHeaders.COOKIE, "lang=zh");
        assertThat(next.html()).contains("<html lang=\"zh-Hans\">", "任职机构");
        assertThat(next.cookies()).isEmpty();
    }

    @Test
    void offersTheSameAddressInTheOtherLanguage() {
        var page = pages.get("/centres/" + DemoWorld.AI_MEDICINE_CENTRE);

        assertThat(page.html()).contains("href=\"/centres/" + DemoWorld.AI_MEDICINE_CENTRE + "?lang=zh\"");
    }

    @Test
    void answersAnUnknownRecordWithANotFoundPageInTheReadersLanguage() {
        var english = pages.get("/projects/" + UUID.randomUUID());
        var chinese = pages.get("/agreements/" + UUID.randomUUID(), HttpHeaders.ACCEPT_LANGUAGE, "zh");

        assertThat(english.status()).isEqualTo(404);
        assertThat(english.contentType()).isEqualTo("text/html");
        assertThat(english.html()).contains("<html lang=\"en\">", "<h1>Not found</h1>", "/assets/registry.css");
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.html()).contains("<html lang=\"zh-Hans\">", "<h1>未找到</h1>");
    }

    @Test
    void answersAMalformedIdWithABadRequestPage() {
        var page = pages.get("/people/not-an-id");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.html()).contains("<h1>Bad request</h1>");
    }

    @Test
    void keepsAnsweringApiClientsWithProblemDocuments() {
        var api = new ApiClient(http);

        var unknown = api.get("/api/v1/projects/" + UUID.randomUUID());
        var malformed = api.get("/api/v1/people/not-an-id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.get("type")).isEqualTo("urn:joint-research-registry:problem:not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void showsNoEmailAddressOnAnyPersonPage() {
        var everyone = people.list(PersonFilter.none(), Pageable.from(0, 100)).getContent();
        assertThat(everyone).anySatisfy(person -> assertThat(person.person().email()).isNotBlank());

        assertThat(everyone).allSatisfy(person -> {
            var html = pages.get("/people/" + person.id()).html();
            assertThat(html).contains(person.person().name());
            assertThat(EMAIL.matcher(html).results().map(match -> match.group())).as(person.person().name()).isEmpty();
        });
    }

    @Test
    void servesItsStyleSheetItselfAndLoadsNothingFromElsewhere() {
        var html = pages.get("/institutions/" + DemoWorld.FIRST_AFFILIATED_HOSPITAL).html();
        var css = pages.get("/assets/registry.css");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css");
        assertThat(html).doesNotContainPattern("(src|href)=\"[^\"]*//[^\"]*\\.(css|js)").doesNotContain("<script");
    }
}
