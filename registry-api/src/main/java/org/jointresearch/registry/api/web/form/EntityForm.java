package org.jointresearch.registry.api.web.form;

import org.jointresearch.registry.api.web.Language;

/**
 * The form of one kind of record: its inputs, its template, the choices it offers, and how its fields
 * become the draft the core service takes.
 *
 * @param <D> the core's draft of the record
 * @param <C> the lists of choices its template shows
 */
public abstract class EntityForm<D, C> {

    private final FormSpec spec;
    private final String view;
    /** Where the lists of the form's choices come from. */
    protected final Choices choices;

    /**
     * @param view the template, such as {@code project/form}
     */
    protected EntityForm(FormSpec spec, String view, Choices choices) {
        this.spec = spec;
        this.view = view;
        this.choices = choices;
    }

    public FormSpec spec() {
        return spec;
    }

    public String view() {
        return view;
    }

    /** The options of the form's lists, named in the reader's language. */
    public abstract C choices(Language language);

    /** The draft the fields describe; unreadable fields are left out and reported by the reader. */
    public abstract D draft(FormReader fields);
}
