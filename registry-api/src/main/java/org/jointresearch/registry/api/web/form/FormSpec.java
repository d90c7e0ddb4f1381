package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * The inputs of one form, so that a problem lands where the reader can act on it: a path the form has
 * an input for stays as it is; an entry of a group that is one input (checkboxes, one line per entry)
 * goes to the group; anything else goes to the top of the form.
 *
 * @param fields  the names of the form's fields, rows of repeatable lists included by the list's name
 * @param grouped the fields whose entries share one input
 */
public record FormSpec(Set<String> fields, Set<String> grouped) {

    /** Where a problem about {@code path} is shown: the name of an input, or null for the whole form. */
    @Nullable String anchor(@Nullable String path) {
        if (path == null) {
            return null;
        }
        var end = path.indexOf('[');
        var dot = path.indexOf('.');
        var base = path.substring(0, end < 0 ? dot < 0 ? path.length() : dot : end);
        if (!fields.contains(base)) {
            return null;
        }
        return grouped.contains(base) ? base : path;
    }
}
