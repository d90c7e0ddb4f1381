package org.jointresearch.registry.core.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;

/** Builds the optional filters of a list: criteria that were not given add nothing to the query. */
public final class Specifications {

    private Specifications() {
    }

    /** {@code so far AND next}; {@code next} alone when nothing was added before. */
    public static <T> PredicateSpecification<T> and(@Nullable PredicateSpecification<T> soFar,
                                                    PredicateSpecification<T> next) {
        return soFar == null ? next : soFar.and(next);
    }
}
