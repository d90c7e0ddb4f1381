package org.jointresearch.registry.api.search;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** People, centres and as-you-type suggestions over the fixed corpus, as an anonymous caller. */
@MicronautTest(transactional = false)
class NameSearchTest extends CorpusSearchTest {

    private static final String PEOPLE = "/api/v1/search/people";
    private static final String CENTRES = "/api/v1/search/centres";
    private static final String SUGGEST = "/api/v1/search/suggest";

    @Test
    void anExactNameRanksFirstInEitherScript() {
        assertThat(keys(PEOPLE, "q", "Chen Mei")).startsWith("chen", "meihua");
        assertThat(keys(PEOPLE, "q", "陈梅")).containsExactly("chen");
        assertThat(keys(PEOPLE, "q", "jose nunez")).startsWith("jose");
        assertThat(keys(PEOPLE, "q", "MULLER")).containsExactly("sara");
    }

    @Test
    void findsPeopleByTheirExpertiseAndTheirProjects() {
        var sepsis = keys(PEOPLE, "q", "sepsis");

        assertThat(sepsis).startsWith("wang").contains("chen", "alice").doesNotContain("lina", "sara");
        assertThat(keys(PEOPLE, "q", "transplantation")).containsExactly("lina");
    }

    @Test
    void filtersPeopleByInstitutionAndByDisciplineSubtree() {
        var clinical = corpus.records("people", person -> codes(person).stream().anyMatch(c -> c.startsWith("3.2")));

        assertThat(keys(PEOPLE, "institution", id("institutions", "nbh"))).containsExactly("lina", "wang");
        assertThat(Set.copyOf(keys(PEOPLE, "discipline", "3.2"))).isEqualTo(clinical);
    }

    @Test
    void listsEveryoneByNameWithoutWordsAndPagesByCursor() {
        var everyone = keys(PEOPLE);

        assertThat(everyone).containsExactly("alice", "chen", "meihua", "jose", "lina", "liu", "sara", "wang", "zhao");
        assertThat(pageByPage(PEOPLE, 2)).isEqualTo(everyone);
    }

    @Test
    void peopleResultsShowAffiliationsAndDisciplinesButNoEmailAddress() {
        var reply = found(PEOPLE, "q", "Wang Lei");
        var wang = reply.items().getFirst();

        assertThat(wang.get("affiliations").toString()).contains("name=Northbank Hospital", "position=Professor");
        assertThat(wang.get("disciplines").toString()).contains("code=3.2.1, name=AI in medicine");
        assertThat(reply.body().toString()).doesNotContain("@example.org", "email");
    }

    @Test
    void findsCentresByNameInEitherScriptByDirectorAndByFilters() {
        assertThat(keys(CENTRES, "q", "AI in medicine")).startsWith("c-ai");
        assertThat(keys(CENTRES, "q", "儿童健康")).containsExactly("c-child");
        assertThat(keys(CENTRES, "q", "Sara Müller")).containsExactly("c-genomics");
        assertThat(keys(CENTRES, "status", "closed")).containsExactly("c-genomics");
        assertThat(keys(CENTRES, "institution", id("institutions", "lut"))).containsExactly("c-child", "c-ai");
        assertThat(keys(CENTRES, "discipline", "3")).containsExactlyInAnyOrder("c-ai", "c-child");
        assertThat(keys(CENTRES, "sort", "newest")).containsExactly("c-ai", "c-child", "c-genomics");
    }

    @Test
    void suggestsEveryHospitalForTheStartOfTheWord() {
        var hospitals = suggestions("q", "hosp");

        assertThat(hospitals).hasSizeLessThanOrEqualTo(10).allSatisfy(entry ->
                assertThat(entry.get("label") + " " + entry.get("labelZh")).containsIgnoringCase("hosp"));
        assertThat(labelsOfKind(hospitals, "institution")).contains("Northbank Hospital", "Eastfield Hospital",
                "Southgate Children's Hospital", "The First Affiliated Hospital, Zhejiang University School of Medicine");
    }

    @Test
    void suggestsTheInstitutionWhoseChineseAbbreviationIsTypedFirst() {
        var zheda = suggestions("q", "浙大");

        assertThat(zheda.getFirst()).containsEntry("kind", "institution").containsEntry("label", "Zhejiang University")
                .containsEntry("id", id("institutions", "zju"));
        assertThat(labelsOfKind(zheda, "institution"))
                .contains("The First Affiliated Hospital, Zhejiang University School of Medicine");
        assertThat(suggestions("q", "北岸").getFirst()).containsEntry("label", "Northbank Hospital");
    }

    @Test
    void suggestsADisciplineForTheStartOfAPhrase() {
        var typed = suggestions("q", "AI in");

        assertThat(typed.getFirst()).containsEntry("kind", "discipline").containsEntry("id", "3.2.1")
                .containsEntry("label", "AI in medicine").containsEntry("labelZh", "人工智能医学");
        assertThat(labelsOfKind(typed, "centre")).contains("Lakeside–Northbank Joint Centre for AI in Medicine");
    }

    @Test
    void suggestsNothingForNothingAndAtMostTenForOneLetterOrOneKindWhenAsked() {
        assertThat(suggestions("q", "")).isEmpty();
        assertThat(suggestions("q", "   ")).isEmpty();
        assertThat(suggestions("q", "s")).hasSizeBetween(1, 10);
        assertThat(suggestions("q", "chen", "kind", "person")).extracting(entry -> entry.get("label"))
                .containsExactly("Chen Mei", "Chen Mei-Hua");
    }

    private List<String> keys(String path, String... parameters) {
        return corpus.keys(found(path, parameters));
    }

    private List<Map<String, Object>> suggestions(String... parameters) {
        return found(SUGGEST, parameters).items();
    }

    private static List<Object> labelsOfKind(List<Map<String, Object>> suggestions, String kind) {
        return suggestions.stream().filter(entry -> kind.equals(entry.get("kind"))).map(entry -> entry.get("label"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> person) {
        return (List<String>) person.get("disciplineCodes");
    }
}
