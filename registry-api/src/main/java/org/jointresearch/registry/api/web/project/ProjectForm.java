package org.jointresearch.registry.api.web.project;

import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Language;
import org.jointresearch.registry.api.web.form.Choices;
import org.jointresearch.registry.api.web.form.EntityForm;
import org.jointresearch.registry.api.web.form.FormReader;
import org.jointresearch.registry.api.web.form.FormSpec;
import org.jointresearch.registry.api.web.form.FormValues;
import org.jointresearch.registry.api.web.form.SubmittedForm;
import org.jointresearch.registry.core.project.Funding;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.ProjectView;

import java.util.Set;

/** The form that creates or edits a joint project: its subject, what it belongs to, who works on it, its funding. */
@Singleton
class ProjectForm extends EntityForm<ProjectDraft, ProjectChoices> {

    private static final FormSpec SPEC = new FormSpec(Set.of("title", "summary", "keywords", "disciplineCodes",
            "status", "startsOn", "endsOn", "centreId", "teamId", "agreementId", "institutionIds", "people", "funding",
            "version"), Set.of("keywords", "disciplineCodes"));

    ProjectForm(Choices choices) {
        super(SPEC, "project/form", choices);
    }

    @Override
    public ProjectChoices choices(Language language) {
        return new ProjectChoices(choices.disciplines(language), choices.centres(language), choices.teams(language),
                choices.agreements(language), choices.institutions(language), choices.people(language));
    }

    @Override
    public ProjectDraft draft(FormReader fields) {
        var people = fields.rows("people", index -> new ProjectPerson(fields.id("people[" + index + "].personId"),
                fields.choice("people[" + index + "].role", ProjectRole.class)));
        var funding = fields.rows("funding", index -> new Funding(fields.text("funding[" + index + "].source"),
                fields.number("funding[" + index + "].amount"), fields.text("funding[" + index + "].currency")));
        return new ProjectDraft(fields.text("title"), fields.text("summary"), fields.lines("keywords"),
                fields.checked("disciplineCodes"), fields.choice("status", ProjectStatus.class),
                fields.date("startsOn"), fields.date("endsOn"), fields.id("centreId"), fields.id("teamId"),
                fields.id("agreementId"), fields.ids("institutionIds"), people, funding);
    }

    /** The project as its edit form first shows it, with the version it was read at. */
    static SubmittedForm values(ProjectView view) {
        var project = view.project();
        return new FormValues().put("title", project.title()).put("summary", project.summary())
                .put("keywords", String.join("\n", project.keywords()))
                .put("disciplineCodes", project.disciplineCodes()).put("status", project.status())
                .put("startsOn", project.startsOn()).put("endsOn", project.endsOn())
                .put("centreId", project.centreId()).put("teamId", project.teamId())
                .put("agreementId", project.agreementId()).put("version", project.version())
                .list("institutionIds", view.institutionIds())
                .rows("people", view.people(), (person, part) -> {
                    part.accept("personId", person.personId());
                    part.accept("role", person.role());
                })
                .rows("funding", view.funding(), (grant, part) -> {
                    part.accept("source", grant.source());
                    part.accept("amount", grant.amount() == null ? null : grant.amount().toPlainString());
                    part.accept("currency", grant.currency());
                })
                .form();
    }
}
