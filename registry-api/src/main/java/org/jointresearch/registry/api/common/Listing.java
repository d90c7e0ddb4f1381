package org.jointresearch.registry.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": N}}; an empty page still
 * says {@code "items": []}, which the serializer would otherwise leave out.
 */
@Serdeable
public record Listing<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> items, int page, int size, long total) {

    public static <E, T> Listing<T> of(Page<E> page, Function<E, T> toItem) {
        return new Listing<>(page.getContent().stream().map(toItem).toList(),
                page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
