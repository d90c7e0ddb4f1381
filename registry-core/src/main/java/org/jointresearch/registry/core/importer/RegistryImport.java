package org.jointresearch.registry.core.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.common.NewRecord;
import org.jointresearch.registry.core.common.ReferenceChecks;
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
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.programme.ProgrammeDraft;
import org.jointresearch.registry.core.programme.Programmes;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.TeamDraft;
import org.jointresearch.registry.core.team.Teams;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.jointresearch.registry.core.importer.ImportKeys.AGREEMENTS;
import static org.jointresearch.registry.core.importer.ImportKeys.CENTRES;
import static org.jointresearch.registry.core.importer.ImportKeys.INSTITUTIONS;
import static org.jointresearch.registry.core.importer.ImportKeys.PEOPLE;
import static org.jointresearch.registry.core.importer.ImportKeys.PROGRAMMES;
import static org.jointresearch.registry.core.importer.ImportKeys.PROJECTS;
import static org.jointresearch.registry.core.importer.ImportKeys.TEAMS;

/**
 * Loads an {@link ImportDocument} through the same services as every other change, so imported
 * records are validated, audited and indexed alike; people and projects, the bulk of any large registry,
 * a batch at a time. All or nothing, and idempotent: loading the same document again changes nothing.
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
    private final Outbox outbox;

    RegistryImport(Institutions institutions, People people, Agreements agreements, Centres centres, Teams teams,
                   Projects projects, Programmes programmes, Outbox outbox) {
        this.outbox = outbox;
        this.institutions = ImportSection.oneByOne(INSTITUTIONS, institutions::exists,
                id -> InstitutionDraft.of(institutions.get(id)), institutions::create,
                (id, draft) -> institutions.update(id, null, draft));
        this.people = new ImportSection<>(PEOPLE, ids -> people.findAll(ids).stream()
                .collect(Collectors.toMap(PersonView::id, PersonDraft::of)),
                people::createAll, (id, draft) -> people.update(id, null, draft));
        this.agreements = ImportSection.oneByOne(AGREEMENTS, agreements::exists,
                id -> AgreementDraft.of(agreements.get(id)), agreements::create,
                (id, draft) -> agreements.update(id, null, draft));
        this.centres = ImportSection.oneByOne(CENTRES, centres::exists, id -> CentreDraft.of(centres.get(id)),
                centres::create, (id, draft) -> centres.update(id, null, draft));
        this.teams = ImportSection.oneByOne(TEAMS, teams::exists, id -> TeamDraft.of(teams.get(id)),
                teams::create, (id, draft) -> teams.update(id, null, draft));
        this.projects = new ImportSection<>(PROJECTS, ids -> projects.findAll(ids).stream()
                .collect(Collectors.toMap(view -> view.project().id(), ProjectDraft::of)),
                projects::createAll, (id, draft) -> projects.update(id, null, draft));
        this.programmes = ImportSection.oneByOne(PROGRAMMES, programmes::exists,
                id -> ProgrammeDraft.of(programmes.get(id)), programmes::create,
                (id, draft) -> programmes.update(id, null, draft));
    }

    /** Loads the document, its records indexed one by one as every change is. */
    @Transactional
    public ImportSummary load(@Valid ImportDocument document) {
        return load(document, false);
    }

    /**
     * Writes the sections in the order their references need: what is referred to comes first. With
     * {@code rebuildIndex}, the search indexes take the records in by one rebuild from the database instead
     * of one by one, which costs far less for a large load; changes wait to be indexed until it has run.
     */
    @Transactional
    public ImportSummary load(@Valid ImportDocument document, boolean rebuildIndex) {
        requireDistinctKeys(document);
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
        if (rebuildIndex && summary.written() > 0) {
            outbox.requestRebuild("an import of " + summary.written() + " changed records");
        }
        return summary;
    }

    /** A key names one record of its section: a second entry with it would silently replace the first. */
    private static void requireDistinctKeys(ImportDocument document) {
        var checks = new ReferenceChecks()
                .distinct(INSTITUTIONS, orEmpty(document.institutions()), InstitutionEntry::key, ".key")
                .distinct(PEOPLE, orEmpty(document.people()), PersonEntry::key, ".key")
                .distinct(AGREEMENTS, orEmpty(document.agreements()), AgreementEntry::key, ".key")
                .distinct(CENTRES, orEmpty(document.centres()), CentreEntry::key, ".key")
                .distinct(TEAMS, orEmpty(document.teams()), TeamEntry::key, ".key")
                .distinct(PROJECTS, orEmpty(document.projects()), ProjectEntry::key, ".key")
                .distinct(PROGRAMMES, orEmpty(document.programmes()), ProgrammeEntry::key, ".key");
        checks.orReject();
    }

    private static <E, D> void write(ImportSummary summary, ImportSection<D> section, List<E> entries,
                                     Function<E, String> key, Function<E, D> toDraft) {
        write(summary, section, entries, entries, key, toDraft);
    }

    /** Writes {@code inOrder}; a refusal names the entry by its place in {@code entries}, as the document has it. */
    private static <E, D> void write(ImportSummary summary, ImportSection<D> section, List<E> entries,
                                     List<E> inOrder, Function<E, String> key, Function<E, D> toDraft) {
        var places = new IdentityHashMap<E, Integer>();
        for (int index = 0; index < entries.size(); index++) {
            places.put(entries.get(index), index);
        }
        section.write(inOrder.stream().map(entry -> new NewRecord<>(ImportKeys.id(section.name(), key.apply(entry)),
                toDraft.apply(entry), section.name() + "[" + places.get(entry) + "]")).toList(), summary);
    }

    private static <E> List<E> orEmpty(List<E> entries) {
        return entries == null ? List.of() : entries;
    }
}
