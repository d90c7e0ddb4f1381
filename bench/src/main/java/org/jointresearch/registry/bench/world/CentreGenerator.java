package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.TopicVocabulary;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.importer.ImportDocument.CentreEntry;
import org.jointresearch.registry.core.importer.ImportDocument.MemberEntry;
import org.jointresearch.registry.core.importer.ImportDocument.TeamEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Joint centres, most founded under an agreement by its parties, each on a theme of one discipline, and their
 * teams: researchers of the centre's institutions in its field, led by a senior one.
 */
final class CentreGenerator {

    private static final String JOINT_TEAMS = "JOINT_TEAMS_AND_CENTRES";
    private static final double WITHOUT_AGREEMENT = 0.1;
    private static final String[] SEQUELS = {"II", "III", "IV", "V"};

    /** The centres and their teams. */
    record Result(List<WorldCentre> centres, List<WorldTeam> teams) {
    }

    private final Lexicon lexicon;
    private final List<WorldInstitution> institutions;
    private final Population population;
    private final List<WorldAgreement> agreements;
    private final SplittableRandom random;
    private final WeightedChoice agreementShares;
    private final List<Integer> signing = new ArrayList<>();
    private final Set<String> takenNames = new HashSet<>();
    private final List<WorldCentre> centres = new ArrayList<>();
    private final List<WorldTeam> teams = new ArrayList<>();

    private CentreGenerator(Lexicon lexicon, List<WorldInstitution> institutions, Population population,
                            List<WorldAgreement> agreements, long seed) {
        this.lexicon = lexicon;
        this.institutions = institutions;
        this.population = population;
        this.agreements = agreements;
        this.random = Seeds.random(seed, "centres");
        // Agreements that name joint centres among their areas found most of them.
        agreementShares = WeightedChoice.of(agreements.stream()
                .mapToDouble(agreement -> agreement.areaCodes().contains(JOINT_TEAMS) ? 4 : 1).toArray());
        institutions.stream().filter(WorldInstitution::signs).forEach(institution -> signing.add(institution.index()));
    }

    static Result generate(Lexicon lexicon, List<WorldInstitution> institutions, Population population,
                           List<WorldAgreement> agreements, long seed, int count) {
        var generator = new CentreGenerator(lexicon, institutions, population, agreements, seed);
        for (int i = 0; i < count; i++) {
            generator.addCentre(i);
        }
        return new Result(List.copyOf(generator.centres), List.copyOf(generator.teams));
    }

    private void addCentre(int index) {
        WorldAgreement agreement = agreements.isEmpty() || random.nextDouble() < WITHOUT_AGREEMENT ? null
                : agreements.get(agreementShares.next(random));
        var members = agreement != null ? agreement.parties() : twoSigningInstitutions();
        var established = agreement != null ? Dates.within(agreement.start(), 730, random)
                : Dates.dayIn(2015 + random.nextInt(12), random);
        boolean planned = established.isAfter(Dates.AS_OF)
                || agreement != null && agreement.status() == AgreementStatus.DRAFT;
        var status = planned ? CentreStatus.PLANNED
                : established.getYear() < 2021 && random.nextDouble() < 0.15 ? CentreStatus.CLOSED : CentreStatus.ACTIVE;

        var discipline = lexicon.pickDiscipline(random);
        var codes = discipline.withRelated(random.nextInt(3), random);
        var field = discipline.vocabulary();
        var theme = Names.pick(field.themes(), random);
        var acronyms = members.stream().map(member -> institutions.get(member).acronym()).toList();
        var name = uniqueName(String.join("–", acronyms) + " Joint Centre for " + theme.en());
        var nameZh = String.join("–", members.stream().map(member -> institutions.get(member).nameZh()).toList())
                + theme.zh() + "联合中心";
        var parties = AgreementGenerator.listed(members.stream().map(member -> institutions.get(member).name()).toList());
        var slots = new TermSlots(field, null, 0, random);
        var description = Templates.fill(Names.pick(lexicon.centreDescriptions, random),
                placeholder -> switch (placeholder) {
                    case "parties" -> parties;
                    case "theme" -> theme.en();
                    default -> slots.apply(placeholder);
                });
        var directors = new ArrayList<Integer>(2);
        for (int member : members.subList(0, 2)) {
            int director = population.pickUnder(List.of(member), field, 0, directors, random);
            if (director >= 0) {
                directors.add(director);
            }
        }
        var website = random.nextDouble() < 0.25 ? "https://" + Names.slug(theme.en()) + "."
                + institutions.get(members.getFirst()).domain() : null;
        var key = "centre-" + index;

        int teamCount = 1 + (random.nextDouble() < 0.75 ? 1 : 0) + (random.nextDouble() < 0.25 ? 1 : 0);
        var teamIndexes = new ArrayList<Integer>(teamCount);
        var teamNames = new HashSet<String>();
        for (int i = 0; i < teamCount; i++) {
            teamIndexes.add(addTeam(key, members, codes, field, established, planned, teamNames));
        }
        var entry = new CentreEntry(key, name, nameZh, agreement == null ? null : agreement.key(),
                members.stream().map(member -> institutions.get(member).key()).toList(), codes,
                established, status, description,
                directors.stream().map(director -> population.person(director).key()).toList(), website);
        centres.add(new WorldCentre(key, agreement == null ? -1 : agreement.index(), members, codes, field,
                List.copyOf(teamIndexes), entry));
    }

    private int addTeam(String centreKey, List<Integer> centreInstitutions, List<String> centreCodes,
                        TopicVocabulary field, LocalDate established, boolean planned, Set<String> taken) {
        var teamInstitutions = centreInstitutions.size() > 1 && random.nextDouble() < 0.3
                ? List.of(Names.pick(centreInstitutions, random)) : centreInstitutions;
        var codes = new ArrayList<String>(2);
        codes.add(centreCodes.getFirst());
        if (centreCodes.size() > 1 && random.nextDouble() < 0.4) {
            codes.add(centreCodes.get(1 + random.nextInt(centreCodes.size() - 1)));
        }
        String name;
        int attempt = 0;
        do {
            name = Templates.titleCased(Templates.fill(Names.pick(lexicon.teamNames, random),
                    new TermSlots(field, null, 0, random)), lexicon.functionWords);
            // A centre of a narrow field can run out of distinct subjects; its later teams are then numbered.
            if (++attempt > 20) {
                name += " " + attempt;
            }
        } while (!taken.add(name));
        var memberIndexes = new ArrayList<Integer>();
        int lead = population.pickUnder(teamInstitutions, field, 0, memberIndexes, random);
        if (lead >= 0) {
            memberIndexes.add(lead);
        }
        int wanted = 1 + random.nextInt(6);
        for (int i = 0; i < wanted; i++) {
            int member = population.pickUnder(teamInstitutions, field, 2, memberIndexes, random);
            if (member >= 0) {
                memberIndexes.add(member);
            }
        }
        var members = new ArrayList<MemberEntry>(memberIndexes.size());
        boolean coLeadNamed = false;
        for (int member : memberIndexes) {
            var person = population.person(member);
            var from = planned ? established : Dates.within(established, 180, random);
            LocalDate to = null;
            if (member != lead && random.nextDouble() < 0.1) {
                var left = from.plusDays(180 + random.nextInt(540));
                to = left.isAfter(Dates.AS_OF) ? null : left;
            }
            String role;
            if (member == lead) {
                role = "Team lead";
            } else if (person.seniority() == 0 && !coLeadNamed) {
                role = "Co-lead";
                coLeadNamed = true;
            } else {
                role = teamRole(person);
            }
            members.add(new MemberEntry(person.key(), role, from, to));
        }
        int index = teams.size();
        var key = "team-" + index;
        var entry = new TeamEntry(key, name, centreKey,
                teamInstitutions.stream().map(institution -> institutions.get(institution).key()).toList(),
                List.copyOf(codes), lead >= 0 ? population.person(lead).key() : null, members);
        teams.add(new WorldTeam(key, List.copyOf(memberIndexes), entry));
        return index;
    }

    private static String teamRole(WorldPerson person) {
        if (person.student()) {
            return "PhD student";
        }
        var position = person.position().toLowerCase(Locale.ROOT);
        if (position.contains("postdoctoral")) {
            return "Postdoctoral fellow";
        }
        if (person.seniority() == 2) {
            return "Research assistant";
        }
        return position.contains("physician") ? "Clinical investigator" : "Investigator";
    }

    private List<Integer> twoSigningInstitutions() {
        var first = institutions.get(Names.pick(signing, random));
        for (int attempt = 0; attempt < 50; attempt++) {
            var second = institutions.get(Names.pick(signing, random));
            if (second.top() != first.top()) {
                return List.of(first.index(), second.index());
            }
        }
        throw new IllegalStateException("no two top-level institutions to found a centre");
    }

    /** Two centres may share their institutions and theme; the later one is then numbered, as a second phase is. */
    private String uniqueName(String name) {
        if (takenNames.add(name)) {
            return name;
        }
        for (var sequel : SEQUELS) {
            var numbered = name + " " + sequel;
            if (takenNames.add(numbered)) {
                return numbered;
            }
        }
        var numbered = name + " " + (centres.size() + 1);
        takenNames.add(numbered);
        return numbered;
    }
}
