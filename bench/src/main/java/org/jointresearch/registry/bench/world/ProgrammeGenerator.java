package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.importer.ImportDocument.ProgrammeEntry;
import org.jointresearch.registry.core.programme.ProgrammeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Exchange and training programmes run under agreements, most under those that name exchanges among their areas. */
final class ProgrammeGenerator {

    private static final String EXCHANGES = "EXCHANGES";

    private ProgrammeGenerator() {
    }

    static List<ProgrammeEntry> generate(Lexicon lexicon, List<WorldInstitution> institutions,
                                         List<WorldAgreement> agreements, long seed) {
        var random = Seeds.random(seed, "programmes");
        var programmes = new ArrayList<ProgrammeEntry>();
        for (var agreement : agreements) {
            int count = agreement.areaCodes().contains(EXCHANGES)
                    ? 1 + (random.nextBoolean() ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0)
                    : random.nextDouble() < 0.2 ? 1 : 0;
            for (int i = 0; i < count; i++) {
                programmes.add(programme(lexicon, institutions, agreement, programmes.size(), random));
            }
        }
        return List.copyOf(programmes);
    }

    private static ProgrammeEntry programme(Lexicon lexicon, List<WorldInstitution> institutions,
                                            WorldAgreement agreement, int index, SplittableRandom random) {
        var parties = agreement.parties();
        var host = institutions.get(Names.pick(parties, random));
        var partners = parties.stream().filter(party -> party != host.index()).map(institutions::get).toList();
        var style = Names.pick(lexicon.programmes, random);
        var acronyms = new ArrayList<String>();
        acronyms.add(host.acronym());
        partners.forEach(partner -> acronyms.add(partner.acronym()));
        var name = String.join("–", acronyms) + " " + style.label();
        if (style.kind() == ProgrammeKind.JOINT_TRAINING) {
            name += " in " + Names.pick(lexicon.pickDiscipline(random).vocabulary().themes(), random).en();
        }
        var partnerNames = AgreementGenerator.listed(partners.stream().map(WorldInstitution::name).toList());
        var description = Templates.fill(style.description(), placeholder -> switch (placeholder) {
            case "host" -> host.name();
            case "partners" -> partnerNames;
            default -> null;
        });
        var startsOn = Dates.within(agreement.start(), 365, random);
        var endsOn = random.nextDouble() < 0.2 ? null : startsOn.plusYears(1 + random.nextInt(3)).minusDays(1);
        Integer places = random.nextDouble() < 0.15 ? null : 4 + random.nextInt(37);
        return new ProgrammeEntry("programme-" + index, name, style.kind(), agreement.key(), host.key(),
                partners.stream().map(WorldInstitution::key).toList(), startsOn, endsOn, places, description);
    }
}
