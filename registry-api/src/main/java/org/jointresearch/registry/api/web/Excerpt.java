package org.jointresearch.registry.api.web;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.jointresearch.registry.api.common.Paging;

import java.util.List;
import java.util.function.Function;

/**
 * The first items of a list a page shows, and how many there are in all, so the page can say when it
 * shows only part of them.
 */
public record Excerpt<T>(List<T> items, long total) {

    /** The first page of a list, in the order the query gives. */
    public static final Pageable FIRST = Pageable.from(0, Paging.MAX_SIZE);

    /** The first page of a list, ordered by the given property. */
    public static Pageable first(String property) {
        return Pageable.from(0, Paging.MAX_SIZE, Sort.of(Sort.Order.asc(property)));
    }

    public static <E, T> Excerpt<T> of(Page<E> page, Function<E, T> toItem) {
        return new Excerpt<>(page.getContent().stream().map(toItem).toList(), page.getTotalSize());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether the list goes on past what the page shows. */
    public boolean partial() {
        return total > items.size();
    }
}
