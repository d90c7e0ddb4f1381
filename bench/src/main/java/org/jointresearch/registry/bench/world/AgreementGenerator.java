package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.Area;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.importer.ImportDocument.AgreementEntry;
import org.jointresearch.registry.core.importer.ImportDocument.SignatoryEntry;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Agreements between institutions of different top-level ones, often across borders: memoranda of
 * understanding, strategic partnerships and framework agreements, signed for each party by its head.
 */
final class AgreementGenerator {

    private static final int MAX_TITLE = 300;
    private static final AgreementKind[] KINDS = AgreementKind.values();
    private static final WeightedChoice KIND_SHARES = WeightedChoice.of(55, 25, 12, 8);
    private static final int PARTY_ATTEMPTS = 40;

    private final Lexicon lexicon;
    private final List<WorldInstitution> institutions;
    private final Population population;
    private final SplittableRandom random;
    private final List<Integer> signing = new ArrayList<>();
    private final WeightedChoice signingShares;

    private AgreementGenerator(Lexicon lexicon, List<WorldInstitution> institutions, Population population, long seed) {
        this.lexicon = lexicon;
        this.institutions = institutions;
        this.population = population;
        this.random = Seeds.random(seed, "agreements");
        var weights = new ArrayList<Double>();
        for (var institution : institutions) {
            if (institution.signs()) {
                signing.add(institution.index());
                weights.add(partyWeight(institution));
            }
        }
        signingShares = WeightedChoice.of(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static List<WorldAgreement> generate(Lexicon lexicon, List<WorldInstitution> institutions, Population population,
                                         long seed, int count) {
        var generator = new AgreementGenerator(lexicon, institutions, population, seed);
        var agreements = new ArrayList<WorldAgreement>(count);
        for (int i = 0; i < count; i++) {
            agreements.add(generator.agreement(i));
        }
        return List.copyOf(agreements);
    }

    /** Universities sign most; hospitals often, with the universities their clinicians work with; companies seldom. */
    private static double partyWeight(WorldInstitution institution) {
        return switch (institution.kind()) {
            case UNIVERSITY -> 6;
            case HOSPITAL -> 3;
            case RESEARCH_INSTITUTE -> 3;
            case MEDICAL_SCHOOL -> 2;
            default -> 1;
        };
    }

    private WorldAgreement agreement(int index) {
        var kind = KINDS[KIND_SHARES.next(random)];
        int partyCount = kind == AgreementKind.FRAMEWORK ? 3 + random.nextInt(2) : 2;
        var parties = parties(partyCount);

        var day = Dates.dayIn(2012 + random.nextInt(15), random);
        boolean draft = day.isAfter(Dates.AS_OF);
        var signedOn = draft ? null : day;
        var from = draft ? day : Dates.within(day, 60, random);
        var to = random.nextDouble() < 0.3 ? null : from.plusYears(random.nextDouble() < 0.6 ? 5 : 3).minusDays(1);
        var status = draft ? AgreementStatus.DRAFT
                : random.nextDouble() < 0.04 ? AgreementStatus.TERMINATED
                : to != null && to.isBefore(Dates.AS_OF) ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE;

        var areas = areas(parties);
        var names = parties.stream().map(party -> institutions.get(party).name()).toList();
        var areaPhrase = phrase(areas.getFirst());
        var pattern = lexicon.agreementTitles.get(kind.name());
        var title = title(pattern, names, areaPhrase);
        if (title.length() > MAX_TITLE) {
            title = title(pattern, parties.stream().map(party -> institutions.get(party).acronym()).toList(), areaPhrase);
        }
        var summary = Templates.fill(Names.pick(lexicon.agreementSummaries, random), value(listed(names),
                listed(areas.stream().map(this::phrase).toList())));
        var entry = new AgreementEntry("agreement-" + index, title, kind,
                parties.stream().map(party -> institutions.get(party).key()).toList(), signedOn, from, to, status,
                areas, draft ? null : signatories(parties), summary);
        return new WorldAgreement(index, entry.key(), parties, from, status, areas, entry);
    }

    /** Institutions under different top-level ones; half the agreements reach beyond the first party's country. */
    private List<Integer> parties(int count) {
        var parties = new ArrayList<Integer>(count);
        var first = institutions.get(signing.get(signingShares.next(random)));
        parties.add(first.index());
        boolean abroad = random.nextBoolean();
        for (int attempt = 0; parties.size() < count && attempt < PARTY_ATTEMPTS * count; attempt++) {
            var candidate = institutions.get(signing.get(signingShares.next(random)));
            boolean newTop = parties.stream().noneMatch(party -> institutions.get(party).top() == candidate.top());
            boolean placed = !abroad || attempt >= PARTY_ATTEMPTS || candidate.country() != first.country();
            if (newTop && placed) {
                parties.add(candidate.index());
            }
        }
        if (parties.size() < 2) {
            throw new IllegalStateException("no second party for an agreement: the world has too few institutions");
        }
        return parties;
    }

    /** What the parties agree on: clinical areas when a hospital or medical school signs, exchanges and teams often. */
    private List<String> areas(List<Integer> parties) {
        boolean medical = parties.stream().map(institutions::get).anyMatch(party ->
                party.kind() == InstitutionKind.HOSPITAL || party.kind() == InstitutionKind.MEDICAL_SCHOOL);
        boolean international = parties.stream().map(party -> institutions.get(party).country()).distinct().count() > 1;
        var areas = new ArrayList<String>();
        for (Area area : lexicon.areas) {
            double share = switch (area.code()) {
                case "MEDICAL_EDUCATION" -> medical ? 0.7 : 0.05;
                case "CLINICAL_RESEARCH" -> medical ? 0.85 : 0.2;
                case "JOINT_TEAMS_AND_CENTRES" -> 0.65;
                case "EXCHANGES" -> 0.6;
                default -> international ? 0.5 : 0.1;
            };
            if (random.nextDouble() < share) {
                areas.add(area.code());
            }
        }
        if (areas.isEmpty()) {
            areas.add("JOINT_TEAMS_AND_CENTRES");
        }
        return List.copyOf(areas);
    }

    /** The head of each party signs for it, a university's now and then through its vice-president. */
    private List<SignatoryEntry> signatories(List<Integer> parties) {
        var signatories = new ArrayList<SignatoryEntry>(parties.size());
        for (int party : parties) {
            var leaders = population.leadersOf(party);
            if (leaders.isEmpty() || random.nextDouble() < 0.05) {
                continue;
            }
            var leader = population.person(leaders.get(leaders.size() > 1 && random.nextDouble() < 0.25 ? 1 : 0));
            signatories.add(new SignatoryEntry(leader.key(), institutions.get(party).key(), leader.position()));
        }
        return signatories;
    }

    private String phrase(String areaCode) {
        return lexicon.areas.stream().filter(area -> area.code().equals(areaCode)).findFirst().orElseThrow().phrase();
    }

    private static String title(String pattern, List<String> parties, String area) {
        return Templates.fill(pattern, value(listed(parties), area));
    }

    private static Function<String, String> value(String parties, String areas) {
        return name -> switch (name) {
            case "parties" -> parties;
            case "area", "areas" -> areas;
            default -> null;
        };
    }

    /** "A and B", "A, B and C". */
    static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
