package org.jointresearch.registry.api.web.institution;

import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Language;
import org.jointresearch.registry.api.web.form.Choices;
import org.jointresearch.registry.api.web.form.EntityForm;
import org.jointresearch.registry.api.web.form.FormReader;
import org.jointresearch.registry.api.web.form.FormSpec;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.Set;

/** The form that registers an institution: its names, kind, place in the hierarchy and identifiers. */
@Singleton
class InstitutionForm extends EntityForm<InstitutionDraft, InstitutionChoices> {

    private static final FormSpec SPEC = new FormSpec(Set.of("name", "nameZh", "aliases", "kind", "parentId", "rorId",
            "city", "countryCode", "website"), Set.of("aliases"));

    InstitutionForm(Choices choices) {
        super(SPEC, "institution/form", choices);
    }

    @Override
    public InstitutionChoices choices(Language language) {
        return new InstitutionChoices(choices.institutions(language), choices.countries(language));
    }

    @Override
    public InstitutionDraft draft(FormReader fields) {
        return new InstitutionDraft(fields.text("name"), fields.text("nameZh"), fields.lines("aliases"),
                fields.choice("kind", InstitutionKind.class), fields.id("parentId"), fields.text("rorId"),
                fields.text("city"), fields.text("countryCode"), fields.text("website"));
    }
}
