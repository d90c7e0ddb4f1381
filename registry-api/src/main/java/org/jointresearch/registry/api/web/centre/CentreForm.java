package org.jointresearch.registry.api.web.centre;

import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Language;
import org.jointresearch.registry.api.web.form.Choices;
import org.jointresearch.registry.api.web.form.EntityForm;
import org.jointresearch.registry.api.web.form.FormReader;
import org.jointresearch.registry.api.web.form.FormSpec;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.CentreStatus;

import java.util.Set;

/** The form that registers a joint research centre: its institutions, agreement, disciplines and directors. */
@Singleton
class CentreForm extends EntityForm<CentreDraft, CentreChoices> {

    private static final FormSpec SPEC = new FormSpec(Set.of("name", "nameZh", "agreementId", "institutionIds",
            "disciplineCodes", "establishedOn", "status", "description", "directorIds", "website"),
            Set.of("disciplineCodes"));

    CentreForm(Choices choices) {
        super(SPEC, "centre/form", choices);
    }

    @Override
    public CentreChoices choices(Language language) {
        return new CentreChoices(choices.agreements(language), choices.institutions(language),
                choices.disciplines(language), choices.people(language));
    }

    @Override
    public CentreDraft draft(FormReader fields) {
        return new CentreDraft(fields.text("name"), fields.text("nameZh"), fields.id("agreementId"),
                fields.ids("institutionIds"), fields.checked("disciplineCodes"), fields.date("establishedOn"),
                fields.choice("status", CentreStatus.class), fields.text("description"), fields.ids("directorIds"),
                fields.text("website"));
    }
}
