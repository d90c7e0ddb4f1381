package org.jointresearch.registry.search.centre;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.NamedPart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A joint research centre as search results show it.
 *
 * @param highlights per field ({@code name}, {@code nameZh}, {@code description}), the passages that matched
 * @param score      relevance; null when the results are sorted otherwise
 */
public record CentreHit(String id, String name, @Nullable String nameZh, String status,
                        @Nullable LocalDate establishedOn, List<NamedPart> institutions, List<NamedPart> disciplines,
                        List<NamedPart> directors, Map<String, List<String>> highlights, @Nullable Double score) {
}
