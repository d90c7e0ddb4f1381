package org.jointresearch.registry.search.project;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jointresearch.registry.search.suggest.Labels;
import org.jointresearch.registry.search.suggest.SuggestionLabels;
import org.jointresearch.registry.search.index.DocumentRef;

import java.util.Collection;
import java.util.List;

/** Turns project hits into {@link ProjectHit}s, naming their disciplines. */
final class ProjectHits {

    private ProjectHits() {
    }

    /** The entries naming the disciplines of these hits. */
    static List<DocumentRef> disciplinesOf(Collection<Hit<ShownProject>> hits) {
        return SuggestionLabels.disciplines(hits.stream().flatMap(hit -> hit.source().disciplineCodes().stream())
                .distinct().toList());
    }

    static ProjectHit of(Hit<ShownProject> hit, Labels labels) {
        var project = hit.source();
        return new ProjectHit(project.id(), project.title(), hit.highlight(),
                project.disciplineCodes().stream().map(labels::discipline).toList(),
                project.institutions(), project.centre(),
                project.status(), project.startsOn(), hit.score());
    }
}
