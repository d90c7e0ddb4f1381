package org.jointresearch.registry.core.importer;

import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.Signatory;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.importer.ImportDocument.AgreementEntry;
import org.jointresearch.registry.core.importer.ImportDocument.CentreEntry;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProgrammeEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;
import org.jointresearch.registry.core.importer.ImportDocument.TeamEntry;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.person.Affiliation;
import org.jointresearch.registry.core.person.PersonDraft;
import org.jointresearch.registry.core.programme.ProgrammeDraft;
import org.jointresearch.registry.core.project.Funding;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.team.TeamDraft;
import org.jointresearch.registry.core.team.TeamMember;

import java.util.List;
import java.util.function.Function;

import static org.jointresearch.registry.core.importer.ImportKeys.AGREEMENTS;
import static org.jointresearch.registry.core.importer.ImportKeys.CENTRES;
import static org.jointresearch.registry.core.importer.ImportKeys.INSTITUTIONS;
import static org.jointresearch.registry.core.importer.ImportKeys.PEOPLE;
import static org.jointresearch.registry.core.importer.ImportKeys.TEAMS;
import static org.jointresearch.registry.core.importer.ImportKeys.id;
import static org.jointresearch.registry.core.importer.ImportKeys.ids;
import static org.jointresearch.registry.core.importer.ImportKeys.optional;

/**
 * Turns entries of an import into the drafts the services take, keys into ids. Absent lists become
 * empty ones, as the registry stores them, so an unchanged entry compares equal to its record.
 */
final class ImportDrafts {

    private ImportDrafts() {
    }

    static InstitutionDraft institution(InstitutionEntry entry) {
        return new InstitutionDraft(entry.name(), entry.nameZh(), orEmpty(entry.aliases()), entry.kind(),
                optional(INSTITUTIONS, entry.parent()), entry.rorId(), entry.city(), entry.countryCode(),
                entry.website());
    }

    static PersonDraft person(PersonEntry entry) {
        return new PersonDraft(entry.name(), entry.nameZh(), entry.honorific(), entry.orcid(), entry.email(),
                entry.expertise(), orEmpty(entry.disciplineCodes()), map(entry.affiliations(), affiliation ->
                        new Affiliation(id(INSTITUTIONS, affiliation.institution()), affiliation.position(),
                                affiliation.from(), affiliation.to())));
    }

    static AgreementDraft agreement(AgreementEntry entry) {
        return new AgreementDraft(entry.title(), entry.kind(), ids(INSTITUTIONS, entry.parties()), entry.signedOn(),
                entry.effectiveFrom(), entry.effectiveTo(), entry.status(), orEmpty(entry.areaCodes()),
                map(entry.signatories(), signatory -> new Signatory(id(PEOPLE, signatory.person()),
                        id(INSTITUTIONS, signatory.institution()), signatory.role())),
                entry.summary());
    }

    static CentreDraft centre(CentreEntry entry) {
        return new CentreDraft(entry.name(), entry.nameZh(), optional(AGREEMENTS, entry.agreement()),
                ids(INSTITUTIONS, entry.institutions()), orEmpty(entry.disciplineCodes()), entry.establishedOn(),
                entry.status(), entry.description(), ids(PEOPLE, entry.directors()), entry.website());
    }

    static TeamDraft team(TeamEntry entry) {
        return new TeamDraft(entry.name(), optional(CENTRES, entry.centre()), ids(INSTITUTIONS, entry.institutions()),
                orEmpty(entry.disciplineCodes()), optional(PEOPLE, entry.lead()), map(entry.members(), member ->
                        new TeamMember(id(PEOPLE, member.person()), member.role(), member.from(), member.to())));
    }

    static ProjectDraft project(ProjectEntry entry) {
        return new ProjectDraft(entry.title(), entry.summary(), orEmpty(entry.keywords()),
                orEmpty(entry.disciplineCodes()), entry.status(), entry.startsOn(), entry.endsOn(),
                optional(CENTRES, entry.centre()), optional(TEAMS, entry.team()),
                optional(AGREEMENTS, entry.agreement()), ids(INSTITUTIONS, entry.institutions()),
                map(entry.people(), person -> new ProjectPerson(id(PEOPLE, person.person()), person.role())),
                map(entry.funding(), funding -> new Funding(funding.source(), funding.amount(),
                        funding.currency()).asStored()));
    }

    static ProgrammeDraft programme(ProgrammeEntry entry) {
        return new ProgrammeDraft(entry.name(), entry.kind(), optional(AGREEMENTS, entry.agreement()),
                id(INSTITUTIONS, entry.host()), ids(INSTITUTIONS, entry.partners()), entry.startsOn(),
                entry.endsOn(), entry.places(), entry.description());
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <E, T> List<T> map(List<E> entries, Function<E, T> toValue) {
        return entries == null ? List.of() : entries.stream().map(toValue).toList();
    }
}
