package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

/**
 * What a form's page shows: the form, the choices its lists offer, where it is sent, and, when it edits
 * a record, that record's page to go back to.
 *
 * @param choices the options of the form's selects and checkboxes, read from the core services
 */
public record FormPage<C>(FormState form, C choices, String action, @Nullable String recordHref) {

    public boolean editing() {
        return recordHref != null;
    }
}
