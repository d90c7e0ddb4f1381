package org.jointresearch.registry.search.project;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.NamedPart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as search results show it.
 *
 * @param highlights  per field ({@code title}, {@code summary}, {@code keywords}), the passages that matched,
 *                    matched words in {@code <em>}, everything else HTML-escaped
 * @param disciplines the project's own disciplines, the code as id
 * @param score       relevance; null when the results are sorted otherwise
 */
public record ProjectHit(String id, String title, Map<String, List<String>> highlights, List<NamedPart> disciplines,
                         List<NamedPart> institutions, @Nullable NamedPart centre, String status,
                         @Nullable LocalDate startsOn, @Nullable Double score) {
}
