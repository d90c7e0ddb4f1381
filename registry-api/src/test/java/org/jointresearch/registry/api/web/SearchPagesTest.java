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
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page over plain HTTP on the demo world: what a reader typed comes back escaped, the address holds
 * the whole state and every link on the page carries it on, more results follow by cursor, and the centres matching
 * the words are listed above the projects.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagesTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/\\?[^\"]*)\"");
    private static final Pattern RESULT = Pattern.compile("<h3><a href=\"(/projects/[^\"]+)\"");
    private static final Pattern CENTRES_SECTION = Pattern.compile("<section class=\"centres-found\".*?</section>",
            Pattern.DOTALL);
    private static final Pattern CENTRE = Pattern.compile("<a href=\"(/centres/[^\"]+)\"");
    private static final String ROBOTICS_CENTRE = "/centres/" + DemoWorld.id("centres", "demo-centre-mis-robotics");

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
    void listsTheCentresMatchingTheWordsAboveTheProjectsWithTheirNamesAndInstitutions() {
        var page = pages.get(search("q", "surgical robotics"));

        assertThat(centres(page.html())).contains(ROBOTICS_CENTRE).hasSizeLessThanOrEqualTo(5);
        var section = centresSection(page.html());
        assertThat(section).contains("<h2 id=\"centres\">Joint research centres</h2>",
                "HKUST–SRRSH Joint Centre for Minimally Invasive Surgery and Robotics",
                "港科大–邵逸夫医院微创外科与机器人联合中心", "Sir Run Run Shaw Hospital");
        assertThat(page.html().indexOf(section)).as("above the projects")
                .isLessThan(page.html().indexOf("<h2 id=\"results\">"));
    }

    @Test
    void findsACentreByItsChineseNameInTheChineseInterface() {
        var page = pages.get(search("q", "机器人", "lang", "zh"));

        assertThat(centres(page.html())).contains(ROBOTICS_CENTRE);
        assertThat(centresSection(page.html())).contains("<h2 id=\"centres\">联合研究中心</h2>");
    }

    @Test
    void listsNoCentreForWordsNoCentreMatchesNorWithoutWordsNorPastTheFirstPage() {
        var unrelated = pages.get(search("q", "liver failure"));
        assertThat(results(unrelated.html())).as("the words find projects").isNotEmpty();
        assertThat(unrelated.html()).doesNotContain("centres-found", "/centres/");

        assertThat(pages.get("/").html()).as("no words").doesNotContain("centres-found");

        var first = pages.get(search("q", "hospital"));
        assertThat(centres(first.html())).isNotEmpty();
        var more = links(first.html()).stream().filter(link -> link.contains("cursor=")).findFirst().orElseThrow();
        assertThat(pages.get(more).html()).as("the next page").doesNotContain("centres-found");
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

    private static String centresSection(String html) {
        return CENTRES_SECTION.matcher(html).results().map(MatchResult::group).findFirst().orElse("");
    }

    private static List<String> centres(String html) {
        return CENTRE.matcher(centresSection(html)).results().map(match -> match.group(1)).toList();
    }

    private static List<String> results(String html) {
        return RESULT.matcher(html).results().map(match -> match.group(1)).toList();
    }
}
