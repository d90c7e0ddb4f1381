package org.jointresearch.registry.core.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

    /** One error per code that is not among the {@code known} ones, naming {@code field[index]}. */
    public ReferenceChecks allKnown(String field, Collection<String> codes, Set<String> known, String what) {
        int index = 0;
        for (String code : codes) {
            require(code != null && known.contains(code), field + "[" + index++ + "]",
                    "no " + what + " has the code " + code);
        }
        return this;
    }

    public ReferenceChecks require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Refuses each entry of a list that repeats an earlier one, naming it {@code field[index]}. */
    public <T> ReferenceChecks distinct(String field, List<T> values) {
        return distinct(field, values, Function.identity(), "");
    }

    /**
     * Refuses each entry whose key an earlier entry already has, naming it {@code field[index]} followed
     * by {@code keyPath}, e.g. {@code members[2].personId}.
     */
    public <T> ReferenceChecks distinct(String field, List<T> entries, Function<T, ?> key, String keyPath) {
        var seen = new HashSet<>();
        for (int index = 0; index < entries.size(); index++) {
            var value = key.apply(entries.get(index));
            require(value == null || seen.add(value), field + "[" + index + "]" + keyPath, "is named more than once");
        }
        return this;
    }

    /** Refuses an end that precedes its start; either may be open (absent). */
    public ReferenceChecks notBefore(String endField, LocalDate end, LocalDate start, String startField) {
        return require(end == null || start == null || !end.isBefore(start), endField,
                "must not be before " + startField);
    }

    /** Every check that failed so far, for a caller that gathers the refusals of several records. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws when any check failed. */
    public void orReject() {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
