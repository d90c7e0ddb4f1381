package org.jointresearch.registry.core.common;

import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A record to create under an id its caller chose, as an import does, with the place the caller's document
 * holds it ({@code projects[12]}), by which a refusal names it.
 */
public record NewRecord<D>(UUID id, D draft, String place) {

    /** Refuses the batch, naming every constraint any draft breaks by its place, when one breaks any. */
    public static <D> void requireValid(Validator validator, List<NewRecord<D>> records) {
        var errors = new ArrayList<FieldError>();
        records.forEach(record -> errors.addAll(FieldError.within(record.place(), validator.validate(record.draft()))));
        reject(errors);
    }

    /** Runs {@code check} on every draft and refuses the batch, naming every failed check by its place. */
    public static <D> void requireAll(List<NewRecord<D>> records, BiConsumer<ReferenceChecks, D> check) {
        var errors = new ArrayList<FieldError>();
        for (var record : records) {
            var checks = new ReferenceChecks();
            check.accept(checks, record.draft());
            checks.errors().forEach(error -> errors.add(error.within(record.place())));
        }
        reject(errors);
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
