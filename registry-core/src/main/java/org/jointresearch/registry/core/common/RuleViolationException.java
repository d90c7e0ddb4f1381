package org.jointresearch.registry.core.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that breaks a rule of the registry that needs the database to check: a reference
 * to an unknown record, a parent cycle, an end before its start.
 */
public final class RuleViolationException extends RegistryException {

    private final List<FieldError> errors;

    public RuleViolationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public RuleViolationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
