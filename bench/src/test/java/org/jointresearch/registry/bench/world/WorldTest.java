package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.importer.ImportDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jointresearch.registry.bench.world.WorldContents.orEmpty;

/** The world as the harness loads it: the same for a seed, complete, in import order and in documents that fit. */
class WorldTest {

    private static final int PROJECTS = 3_000;
    private static World world;
    private static WorldContents contents;

    @BeforeAll
    static void generate() {
        world = World.generate(42, PROJECTS);
        contents = WorldContents.of(world);
    }

    @Test
    void theSameSeedGivesTheSameDocumentsByteForByte() {
        var again = WorldContents.of(World.generate(42, PROJECTS));
        assertThat(again.serialised()).hasSameSizeAs(contents.serialised());
        for (int i = 0; i < contents.serialised().size(); i++) {
            assertThat(again.serialised().get(i)).as("document %d", i).isEqualTo(contents.serialised().get(i));
        }
    }

    @Test
    void readingTheDocumentsAgainGivesTheSameSequence() {
        var second = world.documents().map(WorldContents::serialise).toList();
        assertThat(second).hasSameSizeAs(contents.serialised());
        for (int i = 0; i < second.size(); i++) {
            assertThat(second.get(i)).isEqualTo(contents.serialised().get(i));
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        var other = WorldContents.of(World.generate(43, PROJECTS));
        assertThat(other.institutions().getFirst().name()).isNotEqualTo(contents.institutions().getFirst().name());
        assertThat(other.projects().stream().map(project -> project.title()).toList())
                .isNotEqualTo(contents.projects().stream().map(project -> project.title()).toList());
        assertThat(other.people().stream().map(person -> person.name()).toList())
                .isNotEqualTo(contents.people().stream().map(person -> person.name()).toList());
    }

    @Test
    void theCountsAreThoseOfTheDocuments() {
        assertThat(contents.institutions()).hasSize(world.institutionCount());
        assertThat(contents.people()).hasSize(world.personCount());
        assertThat(contents.agreements()).hasSize(world.agreementCount());
        assertThat(contents.centres()).hasSize(world.centreCount());
        assertThat(contents.teams()).hasSize(world.teamCount());
        assertThat(contents.projects()).hasSize(world.projectCount()).hasSize(PROJECTS);
        assertThat(contents.programmes()).hasSize(world.programmeCount());
    }

    @Test
    void theWorldGrowsWithItsProjects() {
        assertThat(world.institutionCount()).isGreaterThan(PROJECTS / 1000 + 8);
        assertThat(world.personCount()).isBetween(PROJECTS / 4, PROJECTS / 4 + world.institutionCount() * 2);
        assertThat(world.agreementCount()).isEqualTo(PROJECTS / 500 + 6);
        assertThat(world.centreCount()).isEqualTo(PROJECTS / 250 + 2);
        assertThat(world.teamCount()).isBetween(world.centreCount(), world.centreCount() * 3);
        assertThat(world.programmeCount()).isPositive();
    }

    @Test
    void aSmallWorldStillHasEverySortOfRecord() {
        var small = WorldContents.of(World.generate(7, 200));
        assertThat(small.documents()).hasSize(1);
        assertThat(small.institutions()).isNotEmpty();
        assertThat(small.people()).isNotEmpty();
        assertThat(small.agreements()).isNotEmpty();
        assertThat(small.centres()).isNotEmpty();
        assertThat(small.teams()).isNotEmpty();
        assertThat(small.projects()).hasSize(200);
        assertThat(small.programmes()).isNotEmpty();
    }

    @Test
    void aWorldNeedsAProject() {
        assertThatThrownBy(() -> World.generate(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDocumentFitsTheImportsBodyLimit() {
        assertThat(contents.documents()).hasSizeGreaterThan(1);
        assertThat(contents.serialised()).allSatisfy(bytes -> assertThat(bytes.length)
                .isLessThanOrEqualTo(World.MAX_DOCUMENT_BYTES));
    }

    @Test
    void documentsAreFilledToTheLimitAndNoFurther() {
        int limit = 20_000;
        var small = WorldContents.of(World.generate(42, 300), limit);
        var sizes = small.serialised().stream().mapToInt(bytes -> bytes.length).toArray();
        assertThat(Arrays.stream(sizes).max().orElseThrow()).isLessThanOrEqualTo(limit);
        // The packer counts each entry's bytes; were the count off, documents would break the limit or
        // leave room for the next entry. Every document but the last must have been closed for want of room.
        for (int i = 0; i < small.documents().size() - 1; i++) {
            var next = firstEntry(small.documents().get(i + 1));
            assertThat(sizes[i] + WorldContents.serialise(next).length + 1)
                    .as("document %d and the next entry", i).isGreaterThan(limit - 30);
        }
        assertThat(small.projects()).hasSize(300);
    }

    @Test
    void everyReferenceNamesARecordOfTheSameOrAnEarlierDocument() {
        Map<String, Set<String>> defined = new HashMap<>();
        for (var section : DocumentPacker.SECTIONS) {
            defined.put(section, new HashSet<>());
        }
        for (var document : contents.documents()) {
            define(defined.get("institutions"), document.institutions(), ImportDocument.InstitutionEntry::key);
            define(defined.get("people"), document.people(), ImportDocument.PersonEntry::key);
            define(defined.get("agreements"), document.agreements(), ImportDocument.AgreementEntry::key);
            define(defined.get("centres"), document.centres(), ImportDocument.CentreEntry::key);
            define(defined.get("teams"), document.teams(), ImportDocument.TeamEntry::key);
            define(defined.get("projects"), document.projects(), ImportDocument.ProjectEntry::key);
            define(defined.get("programmes"), document.programmes(), ImportDocument.ProgrammeEntry::key);
            var institutions = defined.get("institutions");
            var people = defined.get("people");
            for (var institution : orEmpty(document.institutions())) {
                if (institution.parent() != null) {
                    assertThat(institutions).contains(institution.parent());
                }
            }
            for (var person : orEmpty(document.people())) {
                person.affiliations().forEach(affiliation -> assertThat(institutions).contains(affiliation.institution()));
            }
            for (var agreement : orEmpty(document.agreements())) {
                assertThat(institutions).containsAll(agreement.parties());
                orEmpty(agreement.signatories()).forEach(signatory -> {
                    assertThat(people).contains(signatory.person());
                    assertThat(institutions).contains(signatory.institution());
                });
            }
            for (var centre : orEmpty(document.centres())) {
                assertThat(institutions).containsAll(centre.institutions());
                assertThat(people).containsAll(orEmpty(centre.directors()));
                if (centre.agreement() != null) {
                    assertThat(defined.get("agreements")).contains(centre.agreement());
                }
            }
            for (var team : orEmpty(document.teams())) {
                assertThat(defined.get("centres")).contains(team.centre());
                assertThat(institutions).containsAll(team.institutions());
                orEmpty(team.members()).forEach(member -> assertThat(people).contains(member.person()));
                if (team.lead() != null) {
                    assertThat(people).contains(team.lead());
                }
            }
            for (var project : orEmpty(document.projects())) {
                assertThat(institutions).containsAll(project.institutions());
                project.people().forEach(participant -> assertThat(people).contains(participant.person()));
                Stream.of(project.centre()).filter(key -> key != null)
                        .forEach(key -> assertThat(defined.get("centres")).contains(key));
                Stream.of(project.team()).filter(key -> key != null)
                        .forEach(key -> assertThat(defined.get("teams")).contains(key));
                Stream.of(project.agreement()).filter(key -> key != null)
                        .forEach(key -> assertThat(defined.get("agreements")).contains(key));
            }
            for (var programme : orEmpty(document.programmes())) {
                assertThat(institutions).contains(programme.host()).containsAll(orEmpty(programme.partners()));
                assertThat(defined.get("agreements")).contains(programme.agreement());
            }
        }
    }

    @Test
    void keysAreUniqueWithinTheirSection() {
        assertUnique(contents.institutions(), ImportDocument.InstitutionEntry::key);
        assertUnique(contents.people(), ImportDocument.PersonEntry::key);
        assertUnique(contents.agreements(), ImportDocument.AgreementEntry::key);
        assertUnique(contents.centres(), ImportDocument.CentreEntry::key);
        assertUnique(contents.teams(), ImportDocument.TeamEntry::key);
        assertUnique(contents.projects(), ImportDocument.ProjectEntry::key);
        assertUnique(contents.programmes(), ImportDocument.ProgrammeEntry::key);
    }

    @Test
    void aProjectAskedForByIndexIsTheOneTheDocumentsCarry() {
        for (int index : new int[]{0, 1, 1234, PROJECTS - 1}) {
            assertThat(world.project(index)).isEqualTo(contents.projects().get(index));
        }
        assertThatThrownBy(() -> world.project(PROJECTS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void topicWordsAreAsSelectiveAsRealQueryTerms() {
        int projects = 5_000;
        var selective = World.generate(42, projects);
        Map<String, Integer> containing = new HashMap<>();
        for (int i = 0; i < projects; i++) {
            var project = selective.project(i);
            var text = project.title() + " " + project.summary() + " " + String.join(" ", project.keywords());
            new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                    .forEach(word -> containing.merge(word, 1, Integer::sum));
        }
        var words = selective.vocabulary().topicWords();
        assertThat(words).hasSizeGreaterThan(500);
        var shares = words.stream().map(word -> containing.getOrDefault(word, 0) / (double) projects).toList();
        assertThat(shares).allSatisfy(share -> assertThat(share).isPositive());
        assertThat(shares.getFirst()).as("the commonest word, %s", words.getFirst()).isLessThan(0.15);
        assertThat(shares.getFirst()).isGreaterThan(0.03);
        assertThat(shares.subList(shares.size() / 2, shares.size())).allSatisfy(share -> assertThat(share)
                .as("a word of the rarer half").isLessThan(0.01));
        for (int i = 1; i < shares.size(); i++) {
            assertThat(shares.get(i)).as("%s after %s", words.get(i), words.get(i - 1))
                    .isLessThanOrEqualTo(shares.get(i - 1));
        }
    }

    @Test
    void phrasesOccurVerbatimInTitlesOrSummaries() {
        var phrases = world.vocabulary().phrases();
        assertThat(phrases).hasSizeGreaterThan(200).allSatisfy(phrase -> assertThat(phrase).contains(" "));
        var texts = contents.projects().stream()
                .map(project -> (project.title() + " " + project.summary()).toLowerCase(Locale.ROOT)).toList();
        for (var phrase : phrases.subList(0, 50)) {
            assertThat(texts).as(phrase).anyMatch(text -> text.contains(phrase.toLowerCase(Locale.ROOT)));
        }
        long withTheCommonest = texts.stream().filter(text -> text.contains(phrases.getFirst().toLowerCase(Locale.ROOT)))
                .count();
        assertThat(withTheCommonest).isBetween(PROJECTS / 100L, PROJECTS * 15L / 100);
    }

    @Test
    void disciplinesAreConcentratedOnAFewAndListedMostUsedFirst() {
        Map<String, Integer> counts = new HashMap<>();
        contents.projects().forEach(project -> project.disciplineCodes().forEach(code -> counts.merge(code, 1, Integer::sum)));
        var codes = world.vocabulary().disciplineCodes();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(counts.keySet());
        for (int i = 1; i < codes.size(); i++) {
            assertThat(counts.get(codes.get(i))).isLessThanOrEqualTo(counts.get(codes.get(i - 1)));
        }
        int topFive = codes.subList(0, 5).stream().mapToInt(counts::get).sum();
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        // Evenly spread, five of the 49 codes would carry a tenth of the uses.
        assertThat(topFive).as("the five commonest codes' share").isGreaterThan(all * 3 / 10);
        assertThat(counts.get(codes.getLast())).isLessThan(PROJECTS / 100);
    }

    @Test
    void someKeywordsAreInChinese() {
        var chinese = world.vocabulary().chineseKeywords();
        assertThat(chinese).isNotEmpty().allSatisfy(keyword -> assertThat(keyword).matches("[\\p{IsHan}A-Za-z0-9()\\-]+"));
        long projectsWithOne = contents.projects().stream()
                .filter(project -> project.keywords().stream().anyMatch(chinese::contains)).count();
        assertThat(projectsWithOne).isBetween(PROJECTS / 10L, PROJECTS / 2L);
    }

    private static <T> void define(Set<String> keys, List<T> entries, Function<T, String> key) {
        orEmpty(entries).forEach(entry -> keys.add(key.apply(entry)));
    }

    private static <T> void assertUnique(List<T> entries, Function<T, String> key) {
        assertThat(entries.stream().map(key).toList()).doesNotHaveDuplicates();
    }

    private static Object firstEntry(ImportDocument document) {
        return Stream.of(document.institutions(), document.people(), document.agreements(), document.centres(),
                        document.teams(), document.projects(), document.programmes())
                .filter(entries -> entries != null && !entries.isEmpty()).findFirst().orElseThrow().getFirst();
    }
}
