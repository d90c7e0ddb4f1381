package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One reason a form was refused, placed at the input it concerns ({@code people[1].role}), or at the top
 * of the form when no input holds what it names. Its words are a message key with arguments, or, for the
 * core's own explanations, the core's text.
 *
 * @param field the name of the input it concerns, or null for the form as a whole
 */
public record FormProblem(@Nullable String field, @Nullable String key, List<Object> arguments, @Nullable String text) {

    private static final Pattern PATH = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?");

    public static FormProblem keyed(@Nullable String field, String key, Object... arguments) {
        return new FormProblem(field, key, List.of(arguments), null);
    }

    public static FormProblem told(@Nullable String field, String text) {
        return new FormProblem(field, null, List.of(), text);
    }

    /** The same problem placed elsewhere. */
    FormProblem at(@Nullable String other) {
        return new FormProblem(other, key, arguments, text);
    }

    /** The field's own name, without row and part: {@code people} for {@code people[1].role}. */
    public @Nullable String base() {
        return part(1);
    }

    /** The row, counted from 1 as readers count, or null outside a list. */
    public @Nullable Integer row() {
        var row = part(2);
        return row == null ? null : Integer.parseInt(row) + 1;
    }

    /** The part of a row, such as {@code role}, or null. */
    public @Nullable String part() {
        return part(3);
    }

    private @Nullable String part(int group) {
        if (field == null) {
            return null;
        }
        var path = PATH.matcher(field);
        return path.matches() ? path.group(group) : null;
    }
}
