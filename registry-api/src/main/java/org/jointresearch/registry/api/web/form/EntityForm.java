package org.jointresearch.registry.api.web.form;

import org.jointresearch.registry.api.web.Language;

/**
 * The form of one kind of record: its inputs, its template, the choices it offers, and how its fields
 * become the draft the core service takes.
 *
 * @param <D> the core's draft of the record
 * @param <C> the lists of choices its template shows
 */
public interface EntityForm<D, C> {

    FormSpec spec();

    /** The template, such as {@code project/form}. */
    String view();

    /** The options of the form's lists, named in the reader's language. */
    C choices(Language language);

    /** The draft the fields describe; unreadable fields are left out and reported by the reader. */
    D draft(FormReader fields);
}
