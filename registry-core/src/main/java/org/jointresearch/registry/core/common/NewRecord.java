package org.jointresearch.registry.core.common;

import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A record to create under an id its caller chose, as an import does, with the place the caller's document
 * holds it ({@code projects[12]}), by which a refusal names it.
 */
public record NewRecord<D>(UUID id, D draft, String place) {

    /** Refuses the batch, naming every constraint any draft breaks by its place, when one breaks any. */
    public static <D> void requireValid(Validator validator, List<NewRecord<D>> records) {
        var errors = new ArrayList<FieldError>();
        for (var record : records) {
            validator.validate(record.draft()).stream()
                    .map(violation -> FieldError.of(violation).within(record.place()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
