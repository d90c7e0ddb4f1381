package org.jointresearch.registry.api.search;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Project search over the fixed corpus, as an anonymous caller: which projects come first for realistic
 * queries, filters, facets that add up, and cursor paging.
 */
@MicronautTest(transactional = false)
class ProjectSearchTest extends CorpusSearchTest {

    private static final String PATH = "/api/v1/search/projects";

    @Test
    void anExactTitleRanksFirstAboveATitleRepeatingItsWords() {
        assertThat(keys("q", "sepsis alerts")).startsWith("sepsis-alerts", "sepsis-alerts-fatigue");
    }

    @Test
    void aWordInTheTitleOutweighsTheSameWordTwiceInTheSummary() {
        assertThat(keys("q", "organoids")).containsExactly("organoid-title", "organoid-summary");
    }

    @Test
    void aTypoStillFindsTheWordMeant() {
        var meant = keys("q", "medicine");

        assertThat(keys("q", "medicne")).startsWith("precision-medicine").containsAll(meant);
        assertThat(meant).hasSizeGreaterThan(10);
    }

    @Test
    void aPluralFindsTheSingularAndTheOtherWayRound() {
        var singular = Set.copyOf(keys("q", "hospital"));

        assertThat(Set.copyOf(keys("q", "Hospitals"))).isEqualTo(singular);
        assertThat(singular).contains("hospital-singular", "hospitals-plural");
    }

    @Test
    void accentsNeitherNeedTypingNorGetInTheWay() {
        var plain = keys("q", "munchen sud");

        assertThat(plain).containsExactlyInAnyOrder("echo-kms", "kidney-cardiac");
        assertThat(keys("q", "MÜNCHEN-SÜD")).isEqualTo(plain);
        assertThat(keys("q", "jose nunez")).containsExactlyInAnyOrder("echo-kms", "kidney-cardiac");
    }

    @Test
    void aChineseWordFindsTheWordNotTextsSharingItsCharacters() {
        assertThat(keys("q", "肝癌")).containsExactly("liver-cancer-zh");
        assertThat(keys("q", "医学影像")).startsWith("imaging-reports-zh");
    }

    @Test
    void anInstitutionIsFoundByItsAbbreviationAndItsChineseName() {
        var atNorthbank = corpus.projects(project -> institutions(project).contains("nbh"));

        assertThat(Set.copyOf(keys("q", "NBH"))).isEqualTo(atNorthbank);
        assertThat(Set.copyOf(keys("q", "北岸医院"))).isEqualTo(atNorthbank);
    }

    @Test
    void aDisciplineFilterKeepsProjectsClassifiedAnywhereInItsSubtree() {
        for (var code : List.of("3", "3.2", "3.2.1", "1")) {
            var expected = corpus.projects(project -> disciplines(project).stream()
                    .anyMatch(own -> own.equals(code) || own.startsWith(code + ".")));

            assertThat(Set.copyOf(keys("discipline", code))).as(code).isEqualTo(expected);
        }
    }

    @Test
    void filtersByInstitutionCentreStatusAndStartYearTogether() {
        var found = keys("institution", id("institutions", "nbh"), "status", "active", "startYearFrom", "2023",
                "startYearTo", "2024");

        assertThat(found).containsExactlyInAnyOrder("sepsis-alerts", "icu-sepsis-ml", "liver-cancer-zh",
                "vr-surgical-training");
        assertThat(keys("centre", id("centres", "c-ai"), "q", "sepsis"))
                .containsExactlyInAnyOrder("sepsis-alerts", "icu-sepsis-ml");
    }

    @Test
    void everyFacetCountIsWhatFilteringByItsValueLeaves() {
        var facets = facets(search("size", "1"));
        var total = total(search());

        assertThat(total).isEqualTo(corpus.size("projects"));
        assertThat(facets.get("status").stream().mapToLong(FacetValue::count).sum()).isEqualTo(total);
        facets.get("discipline").forEach(facet -> assertThat(total(search("discipline", facet.value())))
                .as(facet.value()).isEqualTo(facet.count()));
        facets.get("institution").forEach(facet -> assertThat(total(search("institution", facet.value())))
                .as(facet.value()).isEqualTo(facet.count()));
        facets.get("startYear").forEach(facet -> assertThat(total(search("startYearFrom", facet.value(),
                "startYearTo", facet.value()))).as(facet.value()).isEqualTo(facet.count()));
        assertThat(facets.get("startYear").stream().mapToLong(FacetValue::count).sum()).isEqualTo(total - 2);
    }

    @Test
    void facetsNameDisciplinesAndInstitutionsInBothLanguages() {
        var facets = search("q", "sepsis").json().get("facets");

        assertThat(facets.toString()).contains("code=3.2.1, name=AI in medicine, nameZh=人工智能医学",
                "name=Northbank Hospital, nameZh=北岸医院");
        assertThat(facets(search("q", "sepsis")).get("status").stream().mapToLong(FacetValue::count).sum())
                .isEqualTo(total(search("q", "sepsis")));
    }

    @Test
    void pagingByCursorNeitherRepeatsNorSkipsAResult() {
        for (var order : List.of(new String[] {"sort", "newest"}, new String[] {"sort", "title"},
                new String[] {"q", "hospital"}, new String[] {"sort", "relevance"}, new String[] {"q", "sepsis"})) {
            var whole = keys(order[0], order[1]);

            var paged = pageByPage(PATH, 3, order);

            assertThat(paged).as(String.join("=", order)).isEqualTo(whole).doesNotHaveDuplicates();
        }
    }

    @Test
    void resultsCarryHighlightsNamedDisciplinesInstitutionsAndCentre() {
        var item = search("q", "Machine learning prediction of sepsis in intensive care").items().getFirst();

        assertThat(corpus.key(item.get("id"))).isEqualTo("icu-sepsis-ml");
        assertThat(item.get("disciplines").toString()).isEqualTo("[{code=3.2.1, name=AI in medicine, nameZh=人工智能医学}]");
        assertThat(item.get("institutions").toString()).contains("name=Northbank Hospital, nameZh=北岸医院");
        assertThat(item.get("centre").toString()).contains("Joint Centre for AI in Medicine");
        assertThat(item.get("highlights").toString()).contains("<em>sepsis</em>");
        assertThat((Double) item.get("score")).isPositive();
    }

    @Test
    void highlightsEscapeTheTextAroundTheMatchedWords() {
        var item = search("q", "children", "size", "50").items().stream()
                .filter(found -> corpus.key(found.get("id")).equals("paed-sepsis-warning")).findFirst().orElseThrow();

        assertThat(item.get("highlights").toString()).contains("<em>children&#x27;s</em>").doesNotContain("'");
    }

    @Test
    void aSortOtherThanRelevanceShowsNoScore() {
        var titles = search("sort", "title", "size", "3").items();

        assertThat(titles).extracting(item -> item.get("title")).containsExactly("AI triage in the emergency department",
                "Antibiotic stewardship on children's wards", "Atlas of the Hillcrest cohort");
        assertThat(titles).allSatisfy(item -> assertThat(item.get("score")).isNull());
    }

    @Test
    void similarProjectsShareTheProjectsSubjectButNeverIncludeIt() {
        var path = "/api/v1/projects/" + id("projects", "icu-sepsis-ml") + "/similar";

        var similar = corpus.keys(anyone.get(path));

        assertThat(similar).doesNotContain("icu-sepsis-ml").hasSizeLessThanOrEqualTo(10)
                .startsWith("paed-sepsis-warning");
        assertThat(similar.subList(0, 4)).contains("sepsis-alerts", "sepsis-alerts-fatigue");
        assertThat(anyone.get(path + "?size=2").items()).hasSize(2);
        assertThat(anyone.get("/api/v1/projects/" + UUID.randomUUID() + "/similar").status()).isEqualTo(404);
    }

    private ApiClient.Reply search(String... parameters) {
        return found(PATH, parameters);
    }

    /** The keys of everything a search finds. */
    private List<String> keys(String... parameters) {
        var all = new ArrayList<>(List.of(parameters));
        all.addAll(List.of("size", "100"));
        return corpus.keys(search(all.toArray(String[]::new)));
    }

    private static long total(ApiClient.Reply reply) {
        return ((Number) reply.get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> institutions(Map<String, Object> project) {
        return (List<String>) project.get("institutions");
    }

    @SuppressWarnings("unchecked")
    private static List<String> disciplines(Map<String, Object> project) {
        return (List<String>) project.get("disciplineCodes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<FacetValue>> facets(ApiClient.Reply reply) {
        var facets = (Map<String, List<Map<String, Object>>>) reply.get("facets");
        var read = new HashMap<String, List<FacetValue>>();
        facets.forEach((name, values) -> read.put(name, values.stream().map(FacetValue::of).toList()));
        return read;
    }

    /** A facet value as the API answers it: code, id, status or year, and its count. */
    record FacetValue(String value, long count) {

        static FacetValue of(Map<String, Object> facet) {
            var value = facet.getOrDefault("code", facet.getOrDefault("id",
                    facet.getOrDefault("value", facet.get("year"))));
            return new FacetValue(String.valueOf(value), ((Number) facet.get("count")).longValue());
        }
    }
}
