package org.jointresearch.registry.core.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.FieldError;
import org.jointresearch.registry.core.common.RuleViolationException;
import org.jointresearch.registry.core.importer.ImportDocument.AgreementEntry;
import org.jointresearch.registry.core.importer.ImportDocument.CentreEntry;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProgrammeEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;
import org.jointresearch.registry.core.importer.ImportDocument.TeamEntry;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonDraft;
import org.jointresearch.registry.core.programme.ProgrammeDraft;
import org.jointresearch.registry.core.programme.Programmes;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.TeamDraft;
import org.jointresearch.registry.core.team.Teams;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.jointresearch.registry.core.importer.ImportKeys.AGREEMENTS;
import static org.jointresearch.registry.core.importer.ImportKeys.CENTRES;
import static org.jointresearch.registry.core.importer.ImportKeys.INSTITUTIONS;
import static org.jointresearch.registry.core.importer.ImportKeys.PEOPLE;
import static org.jointresearch.registry.core.importer.ImportKeys.PROGRAMMES;
import static org.jointresearch.registry.core.importer.ImportKeys.PROJECTS;
import static org.jointresearch.registry.core.importer.ImportKeys.TEAMS;

/**
 * Loads an {@link ImportDocument} through the same services as every other change, so imported
 * records are validated, audited and indexed alike. All or nothing, and idempotent: loading the
 * same document again changes nothing.
 */
@Singleton
public class RegistryImport {

    private final ImportSection<InstitutionDraft> institutions;
    private final ImportSection<PersonDraft> people;
    private final ImportSection<AgreementDraft> agreements;
    private final ImportSection<CentreDraft> centres;
    private final ImportSection<TeamDraft> teams;
    private final ImportSection<ProjectDraft> projects;
    private final ImportSection<ProgrammeDraft> programmes;

    RegistryImport(Institutions institutions, People people, Agreements agreements, Centres centres, Teams teams,
                   Projects projects, Programmes programmes) {
        this.institutions = new ImportSection<>(INSTITUTIONS, institutions::exists,
                id -> InstitutionDraft.of(institutions.get(id)), institutions::create,
                (id, draft) -> institutions.update(id, null, draft));
        this.people = new ImportSection<>(PEOPLE, people::exists, id -> PersonDraft.of(people.get(id)),
                people::create, (id, draft) -> people.update(id, null, draft));
        this.agreements = new ImportSection<>(AGREEMENTS, agreements::exists,
                id -> AgreementDraft.of(agreements.get(id)), agreements::create,
                (id, draft) -> agreements.update(id, null, draft));
        this.centres = new ImportSection<>(CENTRES, centres::exists, id -> CentreDraft.of(centres.get(id)),
                centres::create, (id, draft) -> centres.update(id, null, draft));
        this.teams = new ImportSection<>(TEAMS, teams::exists, id -> TeamDraft.of(teams.get(id)),
                teams::create, (id, draft) -> teams.update(id, null, draft));
        this.projects = new ImportSection<>(PROJECTS, projects::exists, id -> ProjectDraft.of(projects.get(id)),
                projects::create, (id, draft) -> projects.update(id, null, draft));
        this.programmes = new ImportSection<>(PROGRAMMES, programmes::exists,
                id -> ProgrammeDraft.of(programmes.get(id)), programmes::create,
                (id, draft) -> programmes.update(id, null, draft));
    }

    /** Writes the sections in the order their references need: what is referred to comes first. */
    @Transactional
    public ImportSummary load(@Valid ImportDocument document) {
        var summary = new ImportSummary();
        var institutionEntries = orEmpty(document.institutions());
        write(summary, institutions, institutionEntries, InstitutionOrder.parentsFirst(institutionEntries),
                InstitutionEntry::key, ImportDrafts::institution);
        write(summary, people, orEmpty(document.people()), PersonEntry::key, ImportDrafts::person);
        write(summary, agreements, orEmpty(document.agreements()), AgreementEntry::key, ImportDrafts::agreement);
        write(summary, centres, orEmpty(document.centres()), CentreEntry::key, ImportDrafts::centre);
        write(summary, teams, orEmpty(document.teams()), TeamEntry::key, ImportDrafts::team);
        write(summary, projects, orEmpty(document.projects()), ProjectEntry::key, ImportDrafts::project);
        write(summary, programmes, orEmpty(document.programmes()), ProgrammeEntry::key, ImportDrafts::programme);
        return summary;
    }

    private static <E, D> void write(ImportSummary summary, ImportSection<D> section, List<E> entries,
                                     Function<E, String> key, Function<E, D> toDraft) {
        write(summary, section, entries, entries, key, toDraft);
    }

    /** Writes {@code inOrder}; a refusal names the entry by its place in {@code entries}, as the document has it. */
    private static <E, D> void write(ImportSummary summary, ImportSection<D> section, List<E> entries,
                                     List<E> inOrder, Function<E, String> key, Function<E, D> toDraft) {
        for (E entry : inOrder) {
            var at = section.name() + "[" + entries.indexOf(entry) + "]";
            try {
                var id = ImportKeys.id(section.name(), key.apply(entry));
                summary.count(section.name(), section.write(id, toDraft.apply(entry)));
            } catch (ConstraintViolationException e) {
                throw new RuleViolationException(e.getConstraintViolations().stream()
                        .map(violation -> FieldError.of(violation).within(at))
                        .sorted(Comparator.comparing(FieldError::field)).toList());
            } catch (RuleViolationException e) {
                throw new RuleViolationException(e.errors().stream().map(error -> error.within(at)).toList());
            } catch (DuplicateException e) {
                throw new DuplicateException(at + "." + e.field(), e.getMessage());
            }
        }
    }

    private static <E> List<E> orEmpty(List<E> entries) {
        return entries == null ? List.of() : entries;
    }
}
