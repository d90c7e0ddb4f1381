package org.jointresearch.registry.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": N}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // an empty page still answers "items": [], as the contract promises
public record Listing<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Listing<T> of(Page<E> page, Function<E, T> toItem) {
        return new Listing<>(page.getContent().stream().map(toItem).toList(),
                page.getPageNumber(), page.getSize(), page.getTotalSize());
    }
}
