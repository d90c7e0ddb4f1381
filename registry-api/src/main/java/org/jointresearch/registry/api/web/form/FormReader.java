package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads the typed values of a draft out of a submitted form. Blank means absent, and the core decides
 * whether absent is allowed; text that cannot be what its input stands for (a date, an identifier, a
 * number) becomes a problem at that input, and the draft is not sent to the core.
 */
public final class FormReader {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SubmittedForm form;
    private final List<FormProblem> problems = new ArrayList<>();

    public FormReader(SubmittedForm form) {
        this.form = form;
    }

    public @Nullable String text(String name) {
        var text = form.text(name);
        return text.isEmpty() ? null : text;
    }

    /** A text area holding one entry per line; blank lines are left out. */
    public List<String> lines(String name) {
        return Arrays.stream(form.text(name).split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The values of the boxes ticked in a group of checkboxes. */
    public List<String> checked(String name) {
        return form.values(name).stream().filter(value -> !value.isBlank()).toList();
    }

    /** A date as a date input sends it, year-month-day with a four-digit year. */
    public @Nullable LocalDate date(String name) {
        return parsed(name, text -> LocalDate.parse(FOUR_DIGIT_YEAR.matcher(text).matches() ? text : "?"),
                "form.invalid.date");
    }

    /** A record chosen from a list, by its identifier. */
    public @Nullable UUID id(String name) {
        return parsed(name, UUID::fromString, "form.invalid.choice");
    }

    public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
        return parsed(name, value -> Enum.valueOf(type, value), "form.invalid.choice");
    }

    public @Nullable BigDecimal number(String name) {
        return parsed(name, BigDecimal::new, "form.invalid.number");
    }

    /** The records chosen in the rows of a list, {@code list[0]}, {@code list[1]}, ... */
    public List<UUID> ids(String list) {
        return rows(list, index -> id(list + "[" + index + "]"));
    }

    /** One value per filled row of a list, made by {@code row} from the row's index. */
    public <T> List<T> rows(String list, Function<Integer, T> row) {
        return IntStream.range(0, form.rows(list)).boxed().map(row).toList();
    }

    /** The version of the record the form was filled in from, for an edit form. */
    public @Nullable Long version() {
        return parsed("version", Long::valueOf, "form.invalid.number");
    }

    public List<FormProblem> problems() {
        return List.copyOf(problems);
    }

    private <T> @Nullable T parsed(String name, Function<String, T> parse, String problemKey) {
        var text = form.text(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException unreadable) {
            problems.add(FormProblem.keyed(name, problemKey));
            return null;
        }
    }
}
