package org.jointresearch.registry.api.web.agreement;

import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Language;
import org.jointresearch.registry.api.web.form.Choices;
import org.jointresearch.registry.api.web.form.EntityForm;
import org.jointresearch.registry.api.web.form.FormReader;
import org.jointresearch.registry.api.web.form.FormSpec;
import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.agreement.Signatory;

import java.util.Set;

/** The form that registers an agreement: its parties, its dates, who signed it for which party. */
@Singleton
class AgreementForm extends EntityForm<AgreementDraft, AgreementChoices> {

    private static final FormSpec SPEC = new FormSpec(Set.of("title", "kind", "partyIds", "signedOn", "effectiveFrom",
            "effectiveTo", "status", "areaCodes", "signatories", "summary"), Set.of("areaCodes"));

    AgreementForm(Choices choices) {
        super(SPEC, "agreement/form", choices);
    }

    @Override
    public AgreementChoices choices(Language language) {
        return new AgreementChoices(choices.institutions(language), choices.people(language), choices.areas(language));
    }

    @Override
    public AgreementDraft draft(FormReader fields) {
        var signatories = fields.rows("signatories", index -> {
            var row = "signatories[" + index + "]";
            return new Signatory(fields.id(row + ".personId"), fields.id(row + ".institutionId"),
                    fields.text(row + ".role"));
        });
        return new AgreementDraft(fields.text("title"), fields.choice("kind", AgreementKind.class),
                fields.ids("partyIds"), fields.date("signedOn"), fields.date("effectiveFrom"),
                fields.date("effectiveTo"), fields.choice("status", AgreementStatus.class), fields.checked("areaCodes"),
                signatories, fields.text("summary"));
    }
}
