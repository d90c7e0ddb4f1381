package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.DisciplineUse;
import org.jointresearch.registry.bench.world.Lexicon.Position;
import org.jointresearch.registry.bench.world.Lexicon.TopicVocabulary;
import org.jointresearch.registry.core.importer.ImportDocument.AffiliationEntry;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The people of the world: the heads of the institutions that sign agreements, then researchers, each
 * working in a discipline drawn with the same weights as the projects' disciplines and placed at an
 * institution whose staff work in it. Indexed by institution and discipline for the generators after it.
 */
final class Population {

    private static final double MAIL_SHARE = 0.9;
    private static final int PICK_ATTEMPTS = 16;
    private static final double[] ORCID_SHARE_BY_SENIORITY = {0.65, 0.5, 0.25};
    private static final int[] FIRST_YEAR_BY_SENIORITY = {2000, 2012, 2019};

    private final Lexicon lexicon;
    private final List<WorldInstitution> institutions;
    private final Names names;
    private final Orcids orcids = new Orcids();
    private final Set<String> mailAddresses = new HashSet<>();
    private final SplittableRandom random;
    private final List<WorldPerson> people = new ArrayList<>();
    private final Map<String, List<Position>> positionsByStaff = new HashMap<>();
    private final Map<String, WeightedChoice> positionChoices = new HashMap<>();

    private final List<List<Integer>> researchersUnder = new ArrayList<>();
    private final List<List<Integer>> leadersOf = new ArrayList<>();
    private final Map<String, List<Integer>> researchersIn = new HashMap<>();
    private final Map<String, List<Integer>> institutionsFor = new HashMap<>();
    private final List<Integer> universities = new ArrayList<>();
    private int firstResearcher;

    private Population(Lexicon lexicon, List<WorldInstitution> institutions, long seed) {
        this.lexicon = lexicon;
        this.institutions = institutions;
        this.names = new Names(lexicon);
        this.random = Seeds.random(seed, "people");
        for (var position : lexicon.positions) {
            positionsByStaff.computeIfAbsent(position.group(), group -> new ArrayList<>()).add(position);
        }
        positionsByStaff.forEach((group, positions) -> positionChoices.put(group,
                WeightedChoice.of(positions.stream().mapToDouble(Position::share).toArray())));
        for (var institution : institutions) {
            researchersUnder.add(new ArrayList<>());
            leadersOf.add(new ArrayList<>());
            for (var code : institution.codes()) {
                institutionsFor.computeIfAbsent(code, c -> new ArrayList<>()).add(institution.index());
            }
            if (institution.isTop() && institution.kind() == InstitutionKind.UNIVERSITY) {
                universities.add(institution.index());
            }
        }
    }

    static Population generate(Lexicon lexicon, List<WorldInstitution> institutions, long seed, int researchers) {
        var population = new Population(lexicon, institutions, seed);
        for (var institution : institutions) {
            if (institution.signs()) {
                population.addLeaders(institution);
            }
        }
        population.firstResearcher = population.people.size();
        for (int i = 0; i < researchers; i++) {
            population.addResearcher();
        }
        return population;
    }

    List<WorldPerson> people() {
        return people;
    }

    WorldPerson person(int index) {
        return people.get(index);
    }

    /** Researchers whose main post is at the institution or one below it. */
    List<Integer> researchersUnder(int institution) {
        return researchersUnder.get(institution);
    }

    /** Researchers working in a discipline, as their first or second. */
    List<Integer> researchersIn(String code) {
        return researchersIn.getOrDefault(code, List.of());
    }

    /** Those who head the institution, the first of them the one who usually signs. */
    List<Integer> leadersOf(int institution) {
        return leadersOf.get(institution);
    }

    /** Institutions whose staff work in the discipline. */
    List<Integer> institutionsFor(String code) {
        return institutionsFor.getOrDefault(code, List.of());
    }

    /** Index of the first researcher: those before it head institutions. */
    int firstResearcher() {
        return firstResearcher;
    }

    /**
     * A researcher at or under one of the institutions, of at most the given seniority, preferably in the field,
     * and not among {@code excluded}; -1 when none turns up in a few draws.
     */
    int pickUnder(List<Integer> institutionIndexes, TopicVocabulary field, int maxSeniority,
                  Collection<Integer> excluded, SplittableRandom random) {
        int fallback = -1;
        for (int attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
            var staff = researchersUnder(Names.pick(institutionIndexes, random));
            if (staff.isEmpty()) {
                continue;
            }
            int candidate = Names.pick(staff, random);
            var person = people.get(candidate);
            if (person.seniority() > maxSeniority || excluded.contains(candidate)) {
                continue;
            }
            if (person.field() == field) {
                return candidate;
            }
            fallback = candidate;
        }
        return fallback;
    }

    private void addLeaders(WorldInstitution institution) {
        for (var post : lexicon.leaders) {
            if (post.kind() != institution.kind()) {
                continue;
            }
            var discipline = institution.codes().isEmpty() ? lexicon.pickDiscipline(random)
                    : lexicon.discipline(Names.pick(institution.codes(), random));
            var since = Dates.dayIn(2014 + random.nextInt(11), random);
            var affiliation = new AffiliationEntry(institution.key(), post.title(), since, null);
            int index = add(institution, 0, post.title(), post.honorific(), true, discipline, List.of(affiliation),
                    0.3);
            leadersOf.get(institution.index()).add(index);
        }
    }

    private void addResearcher() {
        var discipline = lexicon.pickDiscipline(random);
        var hosts = institutionsFor(discipline.code());
        var institution = institutions.get(hosts.isEmpty() ? Names.pick(universities, random)
                : Names.pick(hosts, random));
        var positions = positionsByStaff.get(institution.staff());
        var position = positions.get(positionChoices.get(institution.staff()).next(random));
        var since = Dates.dayIn(FIRST_YEAR_BY_SENIORITY[position.seniority()]
                + random.nextInt(2026 - FIRST_YEAR_BY_SENIORITY[position.seniority()]), random);
        var affiliations = new ArrayList<AffiliationEntry>(3);
        affiliations.add(new AffiliationEntry(institution.key(), position.title(), since, null));
        if (position.seniority() == 0 && random.nextDouble() < 0.15) {
            var elsewhere = elsewhere(institution, discipline);
            if (elsewhere != null) {
                affiliations.add(new AffiliationEntry(elsewhere.key(), Names.pick(lexicon.jointPositions, random),
                        Dates.between(since, Dates.AS_OF, random), null));
            }
        }
        if (position.seniority() < 2 && random.nextDouble() < 0.25) {
            var before = elsewhere(institution, discipline);
            if (before != null) {
                affiliations.add(new AffiliationEntry(before.key(), Names.pick(lexicon.pastPositions, random),
                        since.minusYears(2 + random.nextInt(5)), since.minusDays(1)));
            }
        }
        int index = add(institution, position.seniority(), position.title(), position.honorific(), false, discipline,
                affiliations, ORCID_SHARE_BY_SENIORITY[position.seniority()]);
        var person = people.get(index);
        for (int at = institution.index(); at >= 0; at = institutions.get(at).parent()) {
            researchersUnder.get(at).add(index);
        }
        for (var code : person.entry().disciplineCodes()) {
            researchersIn.computeIfAbsent(code, c -> new ArrayList<>()).add(index);
        }
    }

    /** Another institution, under another top-level one, whose staff work in the discipline; null if none. */
    private WorldInstitution elsewhere(WorldInstitution institution, DisciplineUse discipline) {
        var hosts = institutionsFor(discipline.code());
        for (int attempt = 0; attempt < 4 && !hosts.isEmpty(); attempt++) {
            var candidate = institutions.get(Names.pick(hosts, random));
            if (candidate.top() != institution.top()) {
                return candidate;
            }
        }
        return null;
    }

    private int add(WorldInstitution institution, int seniority, String position, String honorific, boolean leader,
                    DisciplineUse discipline, List<AffiliationEntry> affiliations, double orcidShare) {
        int index = people.size();
        var key = "person-" + index;
        var name = leader ? names.head(institution.country().style(), random)
                : names.person(institution.country().style(), random);
        var codes = discipline.withRelated(random.nextInt(2), random);
        var secondField = codes.size() > 1 ? lexicon.discipline(codes.get(1)).vocabulary() : null;
        var expertise = Templates.fill(Names.pick(lexicon.expertise, random),
                new TermSlots(discipline.vocabulary(), secondField, 0.5, random));
        var orcid = random.nextDouble() < orcidShare ? orcids.next(random) : null;
        var email = random.nextDouble() < MAIL_SHARE ? mailAddress(name.mailbox(), institution.domain()) : null;
        var entry = new PersonEntry(key, name.name(), name.nameZh(), honorific, orcid, email, expertise,
                codes, List.copyOf(affiliations));
        people.add(new WorldPerson(key, institution.index(), seniority, position, discipline.vocabulary(), entry));
        return index;
    }

    private String mailAddress(String mailbox, String domain) {
        var local = Names.mailboxOf(mailbox);
        var address = local + "@" + domain;
        for (int number = 2; !mailAddresses.add(address); number++) {
            address = local + number + "@" + domain;
        }
        return address;
    }
}
