package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.project.ProjectHit;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project found, as the results list shows it: its title with the matched words marked, the passages of its
 * summary and keywords that matched, and what it belongs to.
 */
public record SearchResult(String href, Highlight title, List<Highlight> passages, List<NamedPart> disciplines,
                           List<NamedPart> institutions, @Nullable NamedPart centre, ProjectStatus status,
                           @Nullable LocalDate startsOn) {

    static SearchResult of(ProjectHit hit) {
        var highlights = hit.highlights();
        var title = highlights.getOrDefault("title", List.of()).stream().findFirst().map(Highlight::of)
                .orElseGet(() -> new Highlight(List.of(new Highlight.Piece(hit.title(), false))));
        var passages = Stream.of("summary", "keywords")
                .flatMap(field -> highlights.getOrDefault(field, List.of()).stream()).map(Highlight::of).toList();
        return new SearchResult("/projects/" + hit.id(), title, passages, hit.disciplines(), hit.institutions(),
                hit.centre(), ProjectStatus.valueOf(hit.status()), hit.startsOn());
    }
}
