package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.project.ProjectHit;

import java.util.List;

/** The projects most like a given one, most alike first, never the project itself. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SimilarProjectsResponse(List<ProjectResult> items) {

    static SimilarProjectsResponse of(List<ProjectHit> hits) {
        return new SimilarProjectsResponse(hits.stream().map(ProjectResult::of).toList());
    }
}
