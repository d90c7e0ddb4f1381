package org.jointresearch.registry.search.document;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
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

    /**
     * Hands every non-empty step of a walk in id order to {@code consumer}: {@code after} answers up to
     * {@code size} records following an id (from the start for null), so a step deep in a large table costs
     * no more than the first, unlike a page number.
     */
    public static <T> void forEachAfter(int size, BiFunction<UUID, Integer, List<T>> after, Function<T, UUID> idOf,
                                        Consumer<List<T>> consumer) {
        for (UUID last = null; ; ) {
            var records = after.apply(last, size);
            if (records.isEmpty()) {
                return;
            }
            consumer.accept(records);
            if (records.size() < size) {
                return;
            }
            last = idOf.apply(records.get(records.size() - 1));
        }
    }

    /** Pages sorted by id, for listings that would otherwise have no defined order. */
    public static Pageable byId(Pageable pageable) {
        return Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")));
    }
}
