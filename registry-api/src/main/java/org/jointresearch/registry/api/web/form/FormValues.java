package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Builds the fields of a form that shows an existing record, named as the browser would send them. */
public final class FormValues {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public FormValues put(String name, @Nullable Object value) {
        fields.put(name, value);
        return this;
    }

    /** A list whose rows are one value each: {@code list[0]}, {@code list[1]}, ... */
    public FormValues list(String list, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            fields.put(list + "[" + i + "]", values.get(i));
        }
        return this;
    }

    /** A list whose rows have parts, which {@code parts} names for each row: {@code list[0].part}, ... */
    public <T> FormValues rows(String list, List<T> rows, BiConsumer<T, BiConsumer<String, Object>> parts) {
        for (int i = 0; i < rows.size(); i++) {
            var prefix = list + "[" + i + "].";
            parts.accept(rows.get(i), (part, value) -> fields.put(prefix + part, value));
        }
        return this;
    }

    public SubmittedForm form() {
        return SubmittedForm.of(fields);
    }
}
