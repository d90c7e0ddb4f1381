package org.jointresearch.registry.search.document;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a whole listing page by page, for a rebuild that must not hold the registry in memory at once. */
public final class Pages {

    private Pages() {
    }

    /** Hands every non-empty page of {@code list} to {@code consumer}; {@code list} must order its rows stably. */
    public static <T> void forEach(int size, Function<Pageable, Page<T>> list, Consumer<List<T>> consumer) {
        for (Pageable pageable = Pageable.from(0, size); ; ) {
            var page = list.apply(pageable);
            if (!page.isEmpty()) {
                consumer.accept(page.getContent());
            }
            if (!page.hasNext()) {
                return;
            }
            pageable = page.nextPageable();
        }
    }

    /** Pages sorted by id, for listings that would otherwise have no defined order. */
    public static Pageable byId(Pageable pageable) {
        return Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")));
    }
}
