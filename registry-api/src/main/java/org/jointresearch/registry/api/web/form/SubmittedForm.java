package org.jointresearch.registry.api.web.form;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The fields of a form as the browser sent them, text as typed, or as a form shows a record to edit.
 * Repeatable rows are named like the core's field paths ({@code people[1].role}, {@code partyIds[0]}), so
 * an error the core reports about a path lands beside the input of that name. Rows left blank are dropped
 * and the rest numbered from 0 again, so the rows shown, the draft's list and the core's paths agree.
 */
public final class SubmittedForm {

    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)\\[(\\d{1,4})](\\.[A-Za-z]+)?");

    private final Map<String, List<String>> fields;

    private SubmittedForm(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** A form as the server decoded it: each value a string, or a list of strings for a repeated name. */
    public static SubmittedForm of(Map<String, ?> body) {
        var raw = new LinkedHashMap<String, List<String>>();
        body.forEach((name, value) -> raw.put(name, value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value))));
        return new SubmittedForm(compacted(raw));
    }

    /** A form that nobody has filled in yet. */
    public static SubmittedForm empty() {
        return new SubmittedForm(new LinkedHashMap<>());
    }

    /** This form with {@code name} holding these values; for showing a record in its form. */
    public SubmittedForm with(String name, List<String> values) {
        var copy = new LinkedHashMap<>(fields);
        copy.put(name, List.copyOf(values));
        return new SubmittedForm(copy);
    }

    /** The text of a field, stripped of surrounding space; empty when absent. */
    public String text(String name) {
        var values = values(name);
        return values.isEmpty() ? "" : values.getFirst().strip();
    }

    /** Every value sent under a name, as for a group of checkboxes. */
    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** How many filled rows the list has. */
    public int rows(String list) {
        int count = 0;
        while (hasRow(list, count)) {
            count++;
        }
        return count;
    }

    private boolean hasRow(String list, int index) {
        var prefix = list + "[" + index + "]";
        return fields.keySet().stream().anyMatch(name -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    private static Map<String, List<String>> compacted(Map<String, List<String>> raw) {
        var result = new LinkedHashMap<String, List<String>>();
        // list name -> row index as sent -> part of the row ("" for a row of one value, else ".part") -> values
        var lists = new TreeMap<String, TreeMap<Integer, Map<String, List<String>>>>();
        raw.forEach((name, values) -> {
            var row = ROW.matcher(name);
            if (row.matches()) {
                lists.computeIfAbsent(row.group(1), list -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(row.group(2)), index -> new LinkedHashMap<>())
                        .put(row.group(3) == null ? "" : row.group(3), values);
            } else {
                result.put(name, values);
            }
        });
        lists.forEach((list, rows) -> renumber(list, rows.values(), result));
        return result;
    }

    /** Puts the rows that hold anything into {@code result}, numbered from 0 in the order they came. */
    private static void renumber(String list, Collection<Map<String, List<String>>> rows,
                                 Map<String, List<String>> result) {
        int next = 0;
        for (var row : rows) {
            if (row.values().stream().flatMap(List::stream).anyMatch(value -> !value.isBlank())) {
                var prefix = list + "[" + next++ + "]";
                row.forEach((part, values) -> result.put(prefix + part, values));
            }
        }
    }
}
