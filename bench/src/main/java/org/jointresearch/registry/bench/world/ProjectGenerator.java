package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.DisciplineUse;
import org.jointresearch.registry.bench.world.Lexicon.Funder;
import org.jointresearch.registry.core.importer.ImportDocument.FundingEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ParticipantEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes project {@code i} from the seed and {@code i} alone, so the projects of a world of any size can be
 * generated one at a time, in any order, without keeping them.
 */
final class ProjectGenerator {

    /** A project and the vocabulary terms its title and summary were written with. */
    record GeneratedProject(ProjectEntry entry, Set<String> placedTerms) {
    }

    /** A fifth of the projects are a centre's, half of those one of its teams'. */
    private static final double CENTRE_SHARE = 0.2;
    private static final double TEAM_SHARE = 0.5;
    private static final double PARTNER_SHARE = 0.55;
    private static final double SECOND_VOCABULARY_SHARE = 0.35;
    private static final int FIRST_YEAR = 2015;
    private static final WeightedChoice START_YEARS = startYears();
    private static final int[] DURATIONS_IN_MONTHS = {12, 18, 24, 24, 36, 36, 36, 48, 60};
    private static final WeightedChoice EXTRA_CODES = WeightedChoice.of(45, 40, 15);
    private static final WeightedChoice OTHER_PARTICIPANTS = WeightedChoice.of(10, 25, 30, 20, 15);
    private static final int MAX_INSTITUTIONS = 3;
    private static final int LEAD_ATTEMPTS = 6;

    private final Lexicon lexicon;
    private final List<WorldInstitution> institutions;
    private final Population population;
    private final List<WorldAgreement> agreements;
    private final Map<Integer, List<Integer>> agreementsByTop;
    private final List<WorldCentre> centres;
    private final List<WorldTeam> teams;
    private final long seed;

    ProjectGenerator(Lexicon lexicon, List<WorldInstitution> institutions, Population population,
                     List<WorldAgreement> agreements, Map<Integer, List<Integer>> agreementsByTop,
                     List<WorldCentre> centres, List<WorldTeam> teams, long seed) {
        this.lexicon = lexicon;
        this.institutions = institutions;
        this.population = population;
        this.agreements = agreements;
        this.agreementsByTop = agreementsByTop;
        this.centres = centres;
        this.teams = teams;
        this.seed = seed;
    }

    /** Projects start more often in later years, as the partnership grows. */
    private static WeightedChoice startYears() {
        var weights = new double[Dates.AS_OF.getYear() - FIRST_YEAR + 1];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + 0.15 * i;
        }
        return WeightedChoice.of(weights);
    }

    GeneratedProject generate(int index) {
        var random = Seeds.random(seed, "project", index);
        WorldCentre centre = !centres.isEmpty() && random.nextDouble() < CENTRE_SHARE
                ? Names.pick(centres, random) : null;
        WorldTeam team = centre != null && random.nextDouble() < TEAM_SHARE
                ? teams.get(Names.pick(centre.teams(), random)) : null;
        var discipline = centre == null ? lexicon.pickDiscipline(random)
                : lexicon.discipline(random.nextDouble() < 0.7 ? centre.codes().getFirst()
                : Names.pick(centre.codes(), random));
        var codes = discipline.withRelated(EXTRA_CODES.next(random), random);
        var staffing = centre != null ? centreStaffing(centre, team, discipline, random)
                : ownStaffing(discipline, random);

        var secondField = codes.size() > 1 ? lexicon.discipline(codes.get(1)).vocabulary() : null;
        var slots = new TermSlots(discipline.vocabulary(), secondField, SECOND_VOCABULARY_SHARE, random);
        var title = Templates.fill(Names.pick(lexicon.titles, random), slots);
        var summary = summary(slots, random);
        var keywords = keywords(slots, random);

        var startsOn = Dates.dayIn(FIRST_YEAR + START_YEARS.next(random), random);
        var endsOn = startsOn.plusMonths(DURATIONS_IN_MONTHS[random.nextInt(DURATIONS_IN_MONTHS.length)]).minusDays(1);
        ProjectStatus status;
        if (startsOn.isAfter(Dates.AS_OF)) {
            status = ProjectStatus.PROPOSED;
            endsOn = random.nextDouble() < 0.4 ? null : endsOn;
        } else if (endsOn.isBefore(Dates.AS_OF)) {
            status = ProjectStatus.COMPLETED;
        } else {
            status = random.nextDouble() < 0.04 ? ProjectStatus.SUSPENDED : ProjectStatus.ACTIVE;
        }

        var people = staffing.people();
        var entry = new ProjectEntry("project-" + index, title, summary, keywords, codes, status, startsOn, endsOn,
                centre == null ? null : centre.key(), team == null ? null : team.key(),
                staffing.agreement() == null ? null : staffing.agreement().key(),
                staffing.institutions().stream().limit(MAX_INSTITUTIONS).map(i -> institutions.get(i).key()).toList(),
                participants(people, random), funding(population.person(people.getFirst()), random));
        return new GeneratedProject(entry, slots.placed());
    }

    /** Who works on a project and where: the people in order, the lead first. */
    private record Staffing(List<Integer> people, Set<Integer> institutions, WorldAgreement agreement) {
    }

    /** A centre's project: led by a senior member of the team or of the centre's institutions, at all of them. */
    private Staffing centreStaffing(WorldCentre centre, WorldTeam team, DisciplineUse discipline,
                                    SplittableRandom random) {
        var field = discipline.vocabulary();
        var people = new ArrayList<Integer>(5);
        int lead = team != null ? seniorOf(team, random)
                : population.pickUnder(centre.institutions(), field, 0, people, random);
        people.add(lead >= 0 ? lead : leadFor(discipline.code(), random));
        int others = OTHER_PARTICIPANTS.next(random);
        for (int i = 0; i < others; i++) {
            int member = team != null && team.members().size() > people.size() && random.nextBoolean()
                    ? Names.pick(team.members(), random)
                    : population.pickUnder(centre.institutions(), field, 2, people, random);
            if (member >= 0 && !people.contains(member)) {
                people.add(member);
            }
        }
        return new Staffing(people, new LinkedHashSet<>(centre.institutions()),
                centre.agreement() >= 0 ? agreements.get(centre.agreement()) : null);
    }

    /**
     * Any other project: a lead in the discipline, often a partner institution (one named by an agreement of
     * the lead's, or another working in the field), and colleagues mostly from the lead's and the partner's.
     */
    private Staffing ownStaffing(DisciplineUse discipline, SplittableRandom random) {
        var field = discipline.vocabulary();
        var people = new ArrayList<Integer>(5);
        var projectInstitutions = new LinkedHashSet<Integer>();
        int lead = leadFor(discipline.code(), random);
        people.add(lead);
        var home = institutions.get(population.person(lead).institution());
        projectInstitutions.add(home.index());
        WorldInstitution partner = null;
        WorldAgreement agreement = null;
        if (random.nextDouble() < PARTNER_SHARE) {
            var throughAgreement = agreementsByTop.getOrDefault(home.top(), List.of());
            if (!throughAgreement.isEmpty() && random.nextDouble() < 0.6) {
                var pact = agreements.get(Names.pick(throughAgreement, random));
                partner = institutions.get(otherParty(pact, home.top(), random));
                agreement = random.nextDouble() < 0.6 ? pact : null;
            } else {
                partner = hostElsewhere(discipline.code(), home.top(), random);
            }
        }
        if (partner != null) {
            projectInstitutions.add(partner.index());
        }
        int others = OTHER_PARTICIPANTS.next(random);
        for (int i = 0; i < others; i++) {
            double where = random.nextDouble();
            int member = where < 0.55 ? population.pickUnder(List.of(home.index()), field, 2, people, random)
                    : where < 0.85 && partner != null
                    ? population.pickUnder(List.of(partner.index()), field, 2, people, random)
                    : colleagueIn(discipline.code(), people, random);
            if (member >= 0 && !people.contains(member)) {
                people.add(member);
                if (projectInstitutions.size() < MAX_INSTITUTIONS) {
                    projectInstitutions.add(population.person(member).institution());
                }
            }
        }
        return new Staffing(people, projectInstitutions, agreement);
    }

    /** A member of the team who may lead a project (its own lead, often); -1 if it has none. */
    private int seniorOf(WorldTeam team, SplittableRandom random) {
        for (int attempt = 0; attempt < LEAD_ATTEMPTS && !team.members().isEmpty(); attempt++) {
            int member = Names.pick(team.members(), random);
            if (population.person(member).seniority() < 2) {
                return member;
            }
        }
        return team.members().isEmpty() ? -1 : team.members().getFirst();
    }

    /** A lead in the discipline, preferably senior; some researchers lead many projects, most a few. */
    private int leadFor(String code, SplittableRandom random) {
        var pool = population.researchersIn(code);
        if (pool.isEmpty()) {
            int first = population.firstResearcher();
            return first + skewed(population.people().size() - first, random);
        }
        int candidate = pool.get(skewed(pool.size(), random));
        for (int attempt = 0; attempt < LEAD_ATTEMPTS && population.person(candidate).seniority() > 0; attempt++) {
            candidate = pool.get(skewed(pool.size(), random));
        }
        return candidate;
    }

    private int colleagueIn(String code, List<Integer> taken, SplittableRandom random) {
        var pool = population.researchersIn(code);
        if (pool.isEmpty()) {
            return -1;
        }
        int candidate = Names.pick(pool, random);
        return taken.contains(candidate) ? -1 : candidate;
    }

    private int otherParty(WorldAgreement agreement, int ownTop, SplittableRandom random) {
        var others = agreement.parties().stream().filter(party -> institutions.get(party).top() != ownTop).toList();
        return Names.pick(others.isEmpty() ? agreement.parties() : others, random);
    }

    private WorldInstitution hostElsewhere(String code, int ownTop, SplittableRandom random) {
        var hosts = population.institutionsFor(code);
        for (int attempt = 0; attempt < 4 && !hosts.isEmpty(); attempt++) {
            var candidate = institutions.get(Names.pick(hosts, random));
            if (candidate.top() != ownTop) {
                return candidate;
            }
        }
        return null;
    }

    private String summary(TermSlots slots, SplittableRandom random) {
        var text = new StringBuilder(700);
        text.append(Templates.fill(Names.pick(lexicon.summaryOpenings, random), slots));
        var middles = new ArrayList<>(lexicon.summaryMiddles);
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text.append(' ').append(Templates.fill(middles.remove(random.nextInt(middles.size())), slots));
        }
        text.append(' ').append(Templates.fill(Names.pick(lexicon.summaryClosings, random), slots));
        return text.toString();
    }

    /** The main subjects and method, sometimes a setting, and now and then the first subject in Chinese. */
    private static List<String> keywords(TermSlots slots, SplittableRandom random) {
        var keywords = new LinkedHashSet<String>();
        keywords.add(slots.subject(0).en());
        keywords.add(slots.method(0));
        keywords.add(slots.subject(1).en());
        if (random.nextBoolean()) {
            keywords.add(slots.subject(2).en());
        }
        if (random.nextDouble() < 0.3) {
            keywords.add(slots.setting(0));
        }
        var chinese = slots.subject(0).zh();
        if (chinese != null && random.nextDouble() < 0.35) {
            keywords.add(chinese);
        }
        return List.copyOf(keywords);
    }

    /** The first is the lead; the others' roles follow their seniority. */
    private List<ParticipantEntry> participants(List<Integer> people, SplittableRandom random) {
        var participants = new ArrayList<ParticipantEntry>(people.size());
        for (int i = 0; i < people.size(); i++) {
            var person = population.person(people.get(i));
            participants.add(new ParticipantEntry(person.key(), i == 0 ? ProjectRole.LEAD : role(person, random)));
        }
        return participants;
    }

    private static ProjectRole role(WorldPerson person, SplittableRandom random) {
        return switch (person.seniority()) {
            case 0 -> ProjectRole.CO_INVESTIGATOR;
            case 1 -> random.nextBoolean() ? ProjectRole.CO_INVESTIGATOR : ProjectRole.MEMBER;
            default -> person.student() ? ProjectRole.STUDENT : ProjectRole.MEMBER;
        };
    }

    private List<FundingEntry> funding(WorldPerson lead, SplittableRandom random) {
        if (random.nextDouble() >= 0.65) {
            return null;
        }
        var own = institutions.get(lead.institution()).country().funders();
        int count = random.nextDouble() < 0.25 ? 2 : 1;
        var grants = new ArrayList<FundingEntry>(count);
        for (int i = 0; i < count; i++) {
            Funder funder = !own.isEmpty() && random.nextDouble() < 0.85 ? Names.pick(own, random)
                    : Names.pick(lexicon.anyoneFunders, random);
            if (grants.stream().anyMatch(grant -> grant.source().equals(funder.name()))) {
                continue;
            }
            BigDecimal amount = null;
            if (random.nextDouble() < 0.8) {
                double low = Math.log(funder.fromThousands());
                double high = Math.log(funder.toThousands());
                long thousands = Math.round(Math.exp(low + random.nextDouble() * (high - low)));
                amount = BigDecimal.valueOf(thousands * 1000);
            }
            grants.add(new FundingEntry(funder.name(), amount, amount == null ? null : funder.currency()));
        }
        return grants;
    }

    /**
     * An index below {@code size}, one of the first fifth more than twice as often as one of the rest: the
     * productive fifth of a field's researchers lead 40% of its projects, and nobody leads hundreds.
     */
    private static int skewed(int size, SplittableRandom random) {
        return random.nextDouble() < 0.25 ? random.nextInt(Math.max(1, size / 5)) : random.nextInt(size);
    }
}
