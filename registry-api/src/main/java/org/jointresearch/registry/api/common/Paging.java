package org.jointresearch.registry.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

/** Turns the {@code page} and {@code size} query parameters into a page request; size is capped at 100. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static Pageable of(@Nullable Integer page, @Nullable Integer size, Sort sort) {
        int number = page == null ? 0 : page;
        int length = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        if (number < 0) {
            throw new BadParameterException("page", "must be 0 or more");
        }
        if (length < 1) {
            throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        return Pageable.from(number, length, sort);
    }
}
