package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page over plain HTTP on the demo world: what a reader typed comes back escaped, the address holds
 * the whole state and every link on the page carries it on, and more results follow by cursor.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagesTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/\\?[^\"]*)\"");
    private static final Pattern RESULT = Pattern.compile("<h3><a href=\"(/projects/[^\"]+)\"");

    @Inject
    @Client("/")
    HttpClient http;

    private HtmlClient pages;

    @BeforeAll
    void awaitTheDemoWorldIndexed() {
        pages = new HtmlClient(http);
        SearchIndexed.await(new ApiClient(http));
    }

    @Test
    void showsAQueryHoldingAScriptTagAsTextNeverAsMarkup() {
        var page = pages.get(search("q", "<script>alert('liver')</script>"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("<script>alert")
                .contains("<title>&lt;script&gt;alert('liver')&lt;/script&gt; · ", "value=\"&lt;script>alert(");
    }

    @Test
    void marksTheMatchedWordsOfTitlesAndSummaries() {
        var page = pages.get(search("q", "liver failure"));

        assertThat(page.html()).contains("post-hepatectomy <mark>liver</mark> <mark>failure</mark>")
                .as("the index's own markup never reaches the page").doesNotContain("<em>");
    }

    @Test
    void keepsEveryFilterInTheAddressAndEveryLinkChangesOneThing() {
        var page = pages.get(search("q", "liver", "discipline", "3.2", "sort", "title"));

        assertThat(page.html()).contains("<input type=\"hidden\" name=\"discipline\" value=\"3.2\">",
                "<input type=\"hidden\" name=\"sort\" value=\"title\">", "value=\"liver\"");
        var links = links(page.html());
        assertThat(links).as("the chip lifts the discipline and keeps the rest").contains("/?q=liver&sort=title");
        assertThat(links).as("an institution narrows further").anySatisfy(link -> assertThat(link)
                .startsWith("/?q=liver&discipline=3.2&institution=").endsWith("&sort=title"));
        assertThat(links).as("a new order keeps the filters").contains("/?q=liver&discipline=3.2&sort=newest");
        assertThat(page.html()).as("the language switch keeps the search")
                .contains("href=\"/?q=liver&amp;discipline=3.2&amp;sort=title&amp;lang=zh\"");
    }

    @Test
    void followsMoreResultsByACursorThatTheAddressCarries() {
        var first = pages.get("/");
        var more = links(first.html()).stream().filter(link -> link.contains("cursor=")).findFirst().orElseThrow();

        var second = pages.get(more);

        assertThat(results(first.html())).hasSize(20);
        assertThat(results(second.html())).hasSize(20).doesNotContainAnyElementsOf(results(first.html()));
        assertThat(second.html()).contains("40 projects found");
    }

    @Test
    void refusesAnOrderItDoesNotKnowWithAPageNamingTheProblem() {
        var page = pages.get(search("sort", "price"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).isEqualTo("text/html");
    }

    private static String search(String... namesAndValues) {
        var uri = UriBuilder.of("/");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            uri.queryParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return uri.toString();
    }

    private static List<String> links(String html) {
        return HREF.matcher(html).results().map(match -> match.group(1).replace("&amp;", "&")).toList();
    }

    private static List<String> results(String html) {
        return RESULT.matcher(html).results().map(match -> match.group(1)).toList();
    }
}
