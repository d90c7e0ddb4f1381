package org.jointresearch.registry.search.project;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

import java.util.List;
import java.util.UUID;

/** "Which joint projects resemble mine?": {@code GET /projects/{id}/similar}. */
@Singleton
public class SimilarProjects {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 20;

    private final Projects projects;
    private final Searches searches;
    private final SuggestionLabels labels;
    private final IndexSettings settings;

    SimilarProjects(Projects projects, Searches searches, SuggestionLabels labels, IndexSettings settings) {
        this.projects = projects;
        this.searches = searches;
        this.labels = labels;
        this.settings = settings;
    }

    /** The projects most like the given one, most alike first, never itself; refuses a project that does not exist. */
    public List<ProjectHit> to(UUID projectId, @Nullable Integer size) {
        if (!projects.exists(projectId)) {
            throw new NotFoundException(Projects.ENTITY, projectId);
        }
        var paging = Paging.of(ResultOrder.RELEVANCE, size, DEFAULT_SIZE, MAX_SIZE, null);
        var prepared = ProjectQueries.similar(projectId.toString(), settings.alias(RegistryIndex.PROJECTS), paging);
        var hits = searches.page(prepared.request(), paging, ShownProject.class).hits();
        var names = labels.ofDisciplines(hits.stream().flatMap(hit -> hit.source().disciplineCodes().stream()));
        return hits.stream().map(hit -> ProjectHits.of(hit, names)).toList();
    }
}
