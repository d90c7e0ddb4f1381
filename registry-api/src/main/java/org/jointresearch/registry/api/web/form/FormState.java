package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * A form as its template draws it: the values to show (as typed, or from the record being edited), the
 * problems beside the inputs they concern, and how many rows each repeatable list shows. Input ids and
 * {@code aria-describedby} links are derived from the field names, so every template names them alike.
 */
public final class FormState {

    /** The hidden field that says how many rows of a list the page showed. */
    static final String SHOWN = "shown.";
    private static final int MOST_ROWS = 60;

    private final SubmittedForm values;
    private final FormSpec spec;
    private final List<FormProblem> problems;
    private final @Nullable String grownList;

    private FormState(SubmittedForm values, FormSpec spec, List<FormProblem> problems, @Nullable String grownList) {
        this.values = values;
        this.spec = spec;
        this.problems = problems;
        this.grownList = grownList;
    }

    public static FormState of(FormSpec spec, SubmittedForm values) {
        return new FormState(values, spec, List.of(), null);
    }

    /** The same form with the problems that refused it, each at the input it concerns. */
    FormState refused(List<FormProblem> refusals) {
        return new FormState(values, spec, refusals.stream().map(p -> p.at(spec.anchor(p.field()))).toList(), null);
    }

    /** The same form with one more row in a list, as the reader asked. */
    FormState grown(String list) {
        return new FormState(values, spec, List.of(), list);
    }

    public String value(String name) {
        return values.text(name);
    }

    /** Whether {@code value} is among the values of {@code name}: a selected option or a ticked box. */
    public boolean has(String name, String value) {
        return values.values(name).contains(value);
    }

    public List<FormProblem> problems() {
        return problems;
    }

    public List<FormProblem> problemsAt(String name) {
        return problems.stream().filter(problem -> name.equals(problem.field())).toList();
    }

    /** The id of the input named {@code name}: {@code f-people-1-role} for {@code people[1].role}. */
    public String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The id of the problems shown beside an input, which the input names in {@code aria-describedby}. */
    public String problemId(String name) {
        return id(name) + "-problem";
    }

    /** Where the summary's link to a problem leads: its input, or the form itself. */
    public String href(FormProblem problem) {
        return "#" + (problem.field() == null ? "form" : id(problem.field()));
    }

    /** How many rows a list shows: the filled ones and a blank one, one more when asked, at least {@code minimum}. */
    public int rows(String list, int minimum) {
        int shown = Math.max(values.rows(list) + 1, minimum);
        if (list.equals(grownList)) {
            shown = Math.max(shown, number(values.text(SHOWN + list)) + 1);
        }
        return Math.min(shown, MOST_ROWS);
    }

    /** Whether an input of this row takes the focus: the row just added. */
    public boolean focus(String list, int index, int rows) {
        return Objects.equals(list, grownList) && index == rows - 1;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
