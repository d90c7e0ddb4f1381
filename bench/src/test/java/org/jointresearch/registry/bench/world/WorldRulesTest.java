package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.identifier.CountryCodes;
import org.jointresearch.registry.core.identifier.CurrencyCodes;
import org.jointresearch.registry.core.identifier.Orcid;
import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportDocument.AffiliationEntry;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.bench.world.WorldContents.orEmpty;

/**
 * Every generated entry keeps the rules the registry checks on import (registry-core's validation and the
 * services' reference checks), so that loading the world fails on nothing.
 */
class WorldRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static WorldContents contents;
    private static Set<String> disciplineCodes;
    private static Set<String> areaCodes;
    private static Map<String, PersonEntry> people;

    @BeforeAll
    static void generate() throws IOException {
        contents = WorldContents.of(World.generate(2024, 4_000));
        people = contents.people().stream().collect(Collectors.toMap(PersonEntry::key, Function.identity()));
        var migration = resource("db/migration/V2__disciplines_and_collaboration_areas.sql");
        int areasStart = migration.indexOf("INSERT INTO collaboration_area");
        disciplineCodes = matches(migration.substring(0, areasStart), "\\(\\s*'([1-9](?:\\.[0-9]{1,2}){0,2})'\\s*,");
        areaCodes = matches(migration.substring(areasStart), "\\(\\s*'([A-Z][A-Z0-9_]*)'\\s*,");
    }

    @Test
    void theSeededCodesAreReadFromTheMigration() {
        assertThat(disciplineCodes).contains("1", "3.2", "3.2.1", "2.6.1").hasSizeGreaterThan(45);
        assertThat(areaCodes).containsExactlyInAnyOrder("MEDICAL_EDUCATION", "CLINICAL_RESEARCH",
                "JOINT_TEAMS_AND_CENTRES", "EXCHANGES", "INTERNATIONAL_COOPERATION");
    }

    @Test
    void institutionsHaveUniqueNamesRealCountriesAndTheirParentsFirst() {
        var seen = new HashSet<String>();
        var names = new HashSet<String>();
        for (var institution : contents.institutions()) {
            assertThat(institution.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(names.add(institution.name().toLowerCase(Locale.ROOT))).as(institution.name()).isTrue();
            assertThat(institution.nameZh()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(CountryCodes.isValid(institution.countryCode())).as(institution.countryCode()).isTrue();
            assertThat(institution.website()).matches("https?://\\S+");
            assertThat(institution.city()).isNotBlank().hasSizeLessThanOrEqualTo(120);
            orEmpty(institution.aliases()).forEach(alias -> assertThat(alias).isNotBlank().hasSizeLessThanOrEqualTo(100));
            if (institution.parent() != null) {
                assertThat(seen).as("parent of %s", institution.key()).contains(institution.parent());
            }
            seen.add(institution.key());
        }
        assertThat(contents.institutions().stream().map(ImportDocument.InstitutionEntry::countryCode).distinct())
                .contains("CN", "HK").hasSizeGreaterThanOrEqualTo(4);
        assertThat(contents.institutions().stream().map(ImportDocument.InstitutionEntry::kind).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void noKeyOrInstitutionNameClashesWithTheDemoWorld() throws IOException {
        ImportDocument demo;
        try (var in = stream("demo/demo-world.json")) {
            demo = WorldContents.JSON.readValue(in, ImportDocument.class);
        }
        var demoNames = demo.institutions().stream().map(entry -> entry.name().toLowerCase(Locale.ROOT)).toList();
        assertThat(contents.institutions()).noneMatch(entry -> demoNames.contains(entry.name().toLowerCase(Locale.ROOT)));
        assertThat(contents.institutions().stream().map(ImportDocument.InstitutionEntry::key))
                .doesNotContainAnyElementsOf(demo.institutions().stream().map(ImportDocument.InstitutionEntry::key).toList());
        assertThat(contents.people().stream().map(PersonEntry::key))
                .doesNotContainAnyElementsOf(demo.people().stream().map(PersonEntry::key).toList());
        assertThat(contents.projects().stream().map(ImportDocument.ProjectEntry::key))
                .doesNotContainAnyElementsOf(demo.projects().stream().map(ImportDocument.ProjectEntry::key).toList());
    }

    @Test
    void orcidsAreValidAndUniqueAndARealisticShareOfPeopleHaveOne() {
        var orcids = contents.people().stream().map(PersonEntry::orcid).filter(Objects::nonNull).toList();
        assertThat(orcids).allSatisfy(orcid -> assertThat(Orcid.isValid(orcid)).as(orcid).isTrue())
                .doesNotHaveDuplicates();
        assertThat(orcids.size()).isBetween(contents.people().size() / 4, contents.people().size() * 2 / 3);
    }

    @Test
    void peopleHaveUniqueMailAddressesKnownDisciplinesAndOrderedAffiliations() {
        var addresses = contents.people().stream().map(PersonEntry::email).filter(Objects::nonNull).toList();
        assertThat(addresses).doesNotHaveDuplicates()
                .allSatisfy(address -> assertThat(address).matches("[a-z0-9]+(\\.[a-z0-9]+)*@[a-z0-9-]+(\\.[a-z0-9-]+)+"));
        for (var person : contents.people()) {
            assertThat(person.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            if (person.honorific() != null) {
                assertThat(person.honorific()).hasSizeLessThanOrEqualTo(40);
            }
            assertThat(person.expertise()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
            assertThat(person.disciplineCodes()).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(disciplineCodes);
            assertThat(person.affiliations()).isNotEmpty().allSatisfy(affiliation -> assertOrdered(affiliation.from(),
                    affiliation.to()));
        }
        long bilingual = contents.people().stream().filter(person -> person.nameZh() != null).count();
        assertThat(bilingual).isBetween(contents.people().size() / 2L, contents.people().size() - 1L);
        assertThat(contents.people()).anyMatch(person -> person.nameZh() == null);
    }

    @Test
    void agreementsHaveTwoPartiesOrMoreSignedForByTheirOwnPeople() {
        for (var agreement : contents.agreements()) {
            assertThat(agreement.title()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(agreement.parties()).hasSizeBetween(2, 50).doesNotHaveDuplicates();
            assertThat(orEmpty(agreement.areaCodes())).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(areaCodes);
            assertOrdered(agreement.effectiveFrom(), agreement.effectiveTo());
            for (var signatory : orEmpty(agreement.signatories())) {
                assertThat(agreement.parties()).contains(signatory.institution());
                assertThat(people.get(signatory.person()).affiliations()).extracting(AffiliationEntry::institution)
                        .as("where %s works", signatory.person()).contains(signatory.institution());
            }
        }
        assertThat(contents.agreements()).anyMatch(agreement -> !orEmpty(agreement.signatories()).isEmpty());
    }

    @Test
    void centresJoinTwoInstitutionsOrMoreAndTeamsListEachMemberOnce() {
        for (var centre : contents.centres()) {
            assertThat(centre.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(centre.nameZh()).hasSizeLessThanOrEqualTo(300);
            assertThat(centre.institutions()).hasSizeBetween(2, 50).doesNotHaveDuplicates();
            assertThat(orEmpty(centre.directors())).hasSizeLessThanOrEqualTo(20).doesNotHaveDuplicates();
            assertThat(orEmpty(centre.disciplineCodes())).doesNotHaveDuplicates().isSubsetOf(disciplineCodes);
            if (centre.website() != null) {
                assertThat(centre.website()).matches("https?://\\S+");
            }
        }
        for (var team : contents.teams()) {
            assertThat(team.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(team.institutions()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(orEmpty(team.disciplineCodes())).doesNotHaveDuplicates().isSubsetOf(disciplineCodes);
            var members = orEmpty(team.members());
            assertThat(members).hasSizeLessThanOrEqualTo(200).extracting(ImportDocument.MemberEntry::person)
                    .doesNotHaveDuplicates();
            members.forEach(member -> {
                assertThat(member.role()).hasSizeLessThanOrEqualTo(100);
                assertOrdered(member.from(), member.to());
            });
        }
    }

    @Test
    void projectsHaveOneLeadDistinctPeopleKnownCodesAndDatesInOrder() {
        for (var project : contents.projects()) {
            assertThat(project.title()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(project.summary()).hasSizeLessThanOrEqualTo(20_000);
            assertThat(project.keywords()).hasSizeLessThanOrEqualTo(30).doesNotHaveDuplicates()
                    .allSatisfy(keyword -> assertThat(keyword).isNotBlank().hasSizeLessThanOrEqualTo(100));
            assertThat(project.disciplineCodes()).hasSizeBetween(1, 3).doesNotHaveDuplicates().isSubsetOf(disciplineCodes);
            assertThat(project.institutions()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(project.people()).hasSizeBetween(1, 5).extracting(ImportDocument.ParticipantEntry::person)
                    .doesNotHaveDuplicates();
            assertThat(project.people()).filteredOn(participant -> participant.role() == ProjectRole.LEAD).hasSize(1);
            assertThat(project.people().getFirst().role()).isEqualTo(ProjectRole.LEAD);
            assertOrdered(project.startsOn(), project.endsOn());
            assertThat(project.startsOn().getYear()).isBetween(2015, 2026);
            switch (project.status()) {
                case PROPOSED -> assertThat(project.startsOn()).isAfter(AS_OF);
                case COMPLETED -> assertThat(project.endsOn()).isBefore(AS_OF);
                default -> assertThat(project.startsOn()).isBeforeOrEqualTo(AS_OF);
            }
            for (var grant : orEmpty(project.funding())) {
                assertThat(grant.source()).isNotBlank().hasSizeLessThanOrEqualTo(300);
                if (grant.amount() != null) {
                    assertThat(grant.amount()).isPositive();
                    assertThat(CurrencyCodes.isValid(grant.currency())).as(grant.currency()).isTrue();
                }
            }
        }
        assertThat(contents.projects().stream().map(ImportDocument.ProjectEntry::status).distinct())
                .containsExactlyInAnyOrder(ProjectStatus.values());
        assertThat(contents.projects()).anyMatch(project -> project.centre() != null)
                .anyMatch(project -> project.agreement() != null && project.centre() == null)
                .anyMatch(project -> project.funding() == null)
                .anyMatch(project -> project.people().size() == 5);
    }

    @Test
    void aProjectsPeopleMostlyWorkAtItsInstitutions() {
        var institutionOf = contents.people().stream().collect(Collectors.toMap(PersonEntry::key,
                person -> person.affiliations().getFirst().institution()));
        var parentOf = contents.institutions().stream().filter(institution -> institution.parent() != null)
                .collect(Collectors.toMap(ImportDocument.InstitutionEntry::key, ImportDocument.InstitutionEntry::parent));
        long participants = 0;
        long atHome = 0;
        for (var project : contents.projects()) {
            for (var participant : project.people()) {
                participants++;
                for (var at = institutionOf.get(participant.person()); at != null; at = parentOf.get(at)) {
                    if (project.institutions().contains(at)) {
                        atHome++;
                        break;
                    }
                }
            }
        }
        assertThat(atHome).isGreaterThan(participants * 7 / 10);
    }

    @Test
    void programmesHaveDistinctPartnersOtherThanTheirHost() {
        assertThat(contents.programmes()).isNotEmpty();
        for (var programme : contents.programmes()) {
            assertThat(programme.name()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(orEmpty(programme.partners())).isNotEmpty().doesNotHaveDuplicates()
                    .doesNotContain(programme.host());
            assertOrdered(programme.startsOn(), programme.endsOn());
            if (programme.places() != null) {
                assertThat(programme.places()).isNotNegative();
            }
        }
    }

    private static void assertOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            assertThat(to).isAfterOrEqualTo(from);
        }
    }

    private static Set<String> matches(String text, String pattern) {
        return Pattern.compile(pattern).matcher(text).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private static String resource(String path) throws IOException {
        try (var in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String path) {
        var in = WorldRulesTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path + " on the classpath").isNotNull();
        return in;
    }
}
