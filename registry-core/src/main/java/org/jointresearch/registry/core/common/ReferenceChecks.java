package org.jointresearch.registry.core.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects every broken reference of a request before refusing it, so the caller learns all
 * of them at once instead of one per attempt.
 */
public final class ReferenceChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public <T> ReferenceChecks exists(String field, T id, Predicate<T> exists, String what) {
        if (id != null && !exists.test(id)) {
            errors.add(new FieldError(field, "no " + what + " has the id " + id));
        }
        return this;
    }

    public <T> ReferenceChecks allExist(String field, Collection<T> ids, Predicate<T> exists, String what) {
        int index = 0;
        for (T id : ids) {
            exists(field + "[" + index++ + "]", id, exists, what);
        }
        return this;
    }

    public ReferenceChecks require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Throws when any check failed. */
    public void orReject() {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
