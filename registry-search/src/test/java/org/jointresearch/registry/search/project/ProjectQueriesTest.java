package org.jointresearch.registry.search.project;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.Rendered;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SearchParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project search request as built from parameters, rendered to JSON without a cluster. */
class ProjectQueriesTest {

    private static final String ALIAS = "registry_projects";

    @Test
    void searchesQuerySyntaxAsPlainWordsOfMatchQueries() {
        var lucene = "title:(a OR b)^3 ~ * ? \"unclosed {\"json\": 1}";

        var json = rendered(words(lucene));

        assertThat(json.toString()).doesNotContain("query_string", "simple_query_string", "wildcard", "regexp");
        assertThat(Rendered.all(json, "multi_match")).isNotEmpty()
                .allSatisfy(match -> assertThat(match.get("query").asText()).isEqualTo(lucene));
    }

    @Test
    void weighsTitleOverSummaryOverEveryOtherField() {
        var fields = textFields(rendered(words("liver failure")).path("query"));

        assertThat(fields).startsWith("title^6", "summary^3")
                .contains("institutions.aliases", "people.nameZh", "centre.name", "disciplineNames^1.5");
    }

    @Test
    void forgivesTyposOnlyInTextWithLatinLetters() {
        var latin = Rendered.all(rendered(words("medicne")), "multi_match");
        var chinese = Rendered.all(rendered(words("肝癌筛查")), "multi_match");

        assertThat(latin).extracting(match -> match.path("fuzziness").asText()).contains("AUTO:4,9");
        assertThat(latin).extracting(match -> match.path("type").asText()).contains("cross_fields", "best_fields");
        assertThat(chinese).extracting(match -> match.path("fuzziness").asText()).containsOnly("");
    }

    @Test
    void highlightsTheWordsInTheShownFieldsOnlyWithEverythingElseEscaped() {
        var highlight = rendered(words("liver")).path("highlight");

        assertThat(highlight.path("encoder").asText()).isEqualTo("html");
        assertThat(Rendered.all(highlight.path("highlight_query"), "fields")).allSatisfy(fields ->
                assertThat(fields).extracting(JsonNode::asText).containsExactly("title", "keywords", "summary"));
        assertThat(highlight.path("fields").toString()).contains("\"title\":{\"number_of_fragments\":0}");
    }

    @Test
    void asksOnlyForTheFieldsAResultShowsNeverTheSummaryOrThePeople() {
        var includes = rendered(words("liver")).path("_source").path("includes");

        assertThat(includes).extracting(JsonNode::asText).containsExactlyElementsOf(ShownProject.FIELDS)
                .contains("title", "institutions.name").doesNotContain("summary", "people", "keywords");
    }

    @Test
    void givesAnExactTitleABonusAboveAnyPartialMatch() {
        var bonuses = Rendered.all(rendered(words("Sepsis Alerts")), "constant_score");

        assertThat(bonuses).anySatisfy(bonus -> {
            assertThat(bonus.path("filter").path("match").has("title.exact")).isTrue();
            assertThat(bonus.path("boost").asDouble()).isGreaterThanOrEqualTo(100);
        });
    }

    @Test
    void browsesEverythingNewestFirstWithFacetsWhenNoWordsAreGiven() {
        var json = rendered(words(null));

        assertThat(Rendered.all(json, "multi_match")).isEmpty();
        assertThat(json.path("sort").toString()).isEqualTo(
                "[{\"startsOn\":{\"missing\":\"_last\",\"order\":\"desc\"}},{\"id\":{\"missing\":\"_last\",\"order\":\"asc\"}}]");
        assertThat(json.path("aggregations").has("discipline")).isTrue();
        assertThat(json.path("aggregations").path("discipline").path("terms").path("field").asText())
                .isEqualTo("disciplineAncestors");
        assertThat(json.path("aggregations").path("status").path("terms").path("field").asText()).isEqualTo("status");
        assertThat(json.path("track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void filtersADisciplineByItsWholeSubtreeAndTheOtherFiltersByTerm() {
        var institution = UUID.randomUUID();
        var query = new ProjectQuery("imaging", "3.2", institution, null, "active", 2020, 2024, null, null, null);

        var filters = rendered(query).path("query").path("bool").path("filter");

        assertThat(filters.toString()).contains("{\"term\":{\"disciplineAncestors\":{\"value\":\"3.2\"}}}",
                "{\"term\":{\"institutions.id\":{\"value\":\"" + institution + "\"}}}",
                "{\"term\":{\"status\":{\"value\":\"ACTIVE\"}}}", "\"gte\":2020.0", "\"lte\":2024.0");
    }

    @Test
    void asksOneResultMoreThanThePageShowsAndLowersSizesAboveTheMaximum() {
        var query = new ProjectQuery(null, null, null, null, null, null, null, "title", 5000, null);

        var json = rendered(query);

        assertThat(json.path("size").asInt()).isEqualTo(101);
        assertThat(json.path("sort").get(0).has("title.sort")).isTrue();
    }

    @Test
    void refusesValuesOutsideTheWhitelistsNamingTheParameter() {
        assertRefused(new ProjectQuery(null, null, null, null, null, null, null, "popularity", null, null), "sort");
        assertRefused(new ProjectQuery(null, null, null, null, "DONE", null, null, null, null, null), "status");
        assertRefused(new ProjectQuery(null, "medicine", null, null, null, null, null, null, null, null), "discipline");
        assertRefused(new ProjectQuery(null, null, null, null, null, 2025, 2020, null, null, null), "startYearTo");
        assertRefused(new ProjectQuery(null, null, null, null, null, null, null, null, 0, null), "size");
        assertRefused(new ProjectQuery("x".repeat(501), null, null, null, null, null, null, null, null, null), "q");
        assertRefused(new ProjectQuery(null, null, null, null, null, null, null, null, null, "not a cursor"), "cursor");
    }

    @Test
    void findsSimilarProjectsByTheirOwnTextNeverTheProjectItself() {
        var more = Rendered.json(ProjectQueries.similar("p-1", ALIAS, Paging.of(ResultOrder.RELEVANCE, null, null)).request())
                .path("query").path("more_like_this");

        assertThat(more.path("include").asBoolean(true)).isFalse();
        assertThat(more.path("like").toString()).contains("\"_id\":\"p-1\"", "\"_index\":\"" + ALIAS + "\"");
        assertThat(more.path("fields")).extracting(JsonNode::asText)
                .containsExactly("title", "summary", "keywords", "disciplineNames");
    }

    private static ProjectQuery words(String q) {
        return new ProjectQuery(q, null, null, null, null, null, null, null, null, null);
    }

    private static JsonNode rendered(ProjectQuery query) {
        return Rendered.json(ProjectQueries.search(query, ALIAS).request());
    }

    /** The fields of the exact (cross_fields) clause, with their boosts. */
    private static List<String> textFields(JsonNode query) {
        return Rendered.all(query, "multi_match").stream()
                .filter(match -> match.path("type").asText().equals("cross_fields"))
                .flatMap(match -> StreamSupport.stream(match.path("fields").spliterator(), false))
                .map(JsonNode::asText).toList();
    }

    private static void assertRefused(ProjectQuery query, String parameter) {
        assertThatThrownBy(() -> ProjectQueries.search(query, ALIAS)).isInstanceOf(SearchParameterException.class)
                .extracting(e -> ((SearchParameterException) e).parameter()).isEqualTo(parameter);
    }
}
