package org.jointresearch.registry.api.web.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.FieldError;
import org.jointresearch.registry.core.common.RegistryException;
import org.jointresearch.registry.core.common.RuleViolationException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the core's refusal of a draft into problems of the form, each named by the core's own field path.
 * The common constraints get words in the reader's language; the core's explanations of its rules are
 * shown as the core words them.
 */
final class Refusals {

    /** Constraints whose meaning one message key says, whatever the field. */
    private static final Map<String, String> KEYS = Map.of(
            "NotBlank", "constraint.required",
            "NotNull", "constraint.required",
            "NotEmpty", "constraint.chooseOne",
            "ValidRorId", "constraint.rorId",
            "ValidOrcid", "constraint.orcid",
            "ValidCountryCode", "constraint.country",
            "ValidCurrency", "constraint.currency");

    private Refusals() {
    }

    static List<FormProblem> of(ConstraintViolationException refusal) {
        return refusal.getConstraintViolations().stream().map(Refusals::of).toList();
    }

    /** The problems of a business refusal the form can answer; empty for one it cannot (not found, stale). */
    static Optional<List<FormProblem>> of(RegistryException refusal) {
        return switch (refusal) {
            case RuleViolationException rules -> Optional.of(rules.errors().stream()
                    .map(error -> FormProblem.told(error.field(), error.message())).toList());
            case DuplicateException duplicate ->
                    Optional.of(List.of(FormProblem.keyed(duplicate.field(), "form.duplicate")));
            default -> Optional.empty();
        };
    }

    /** A list too short or too long; a bound left open (0, or the largest int) goes unsaid. */
    private static FormProblem sizeOfList(String field, Object min, Object max) {
        if (Integer.valueOf(0).equals(min)) {
            return FormProblem.keyed(field, "constraint.atMost", max);
        }
        return Integer.valueOf(Integer.MAX_VALUE).equals(max)
                ? FormProblem.keyed(field, "constraint.atLeast", min)
                : FormProblem.keyed(field, "constraint.entries", min, max);
    }

    private static FormProblem of(ConstraintViolation<?> violation) {
        var field = FieldError.of(violation).field();
        var constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        var attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint.equals("Size")) {
            if (!(violation.getInvalidValue() instanceof Collection<?>)) {
                return FormProblem.keyed(field, "constraint.length", attributes.get("max"));
            }
            return sizeOfList(field, attributes.get("min"), attributes.get("max"));
        }
        var key = KEYS.get(constraint);
        return key == null ? FormProblem.told(field, violation.getMessage()) : FormProblem.keyed(field, key);
    }
}
