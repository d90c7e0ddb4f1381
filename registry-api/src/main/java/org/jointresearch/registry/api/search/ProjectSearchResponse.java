package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.project.ProjectResults;
import org.jointresearch.registry.search.query.Facet;

import java.util.List;
import java.util.UUID;

/**
 * One page of a project search: {@code total} results in all, this page's {@code items}, {@code facets} over
 * all results, and {@code nextCursor} to pass as {@code cursor} for the next page (null on the last).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectSearchResponse(long total, List<ProjectResult> items, Facets facets, @Nullable String nextCursor) {

    static ProjectSearchResponse of(ProjectResults results) {
        return new ProjectSearchResponse(results.total(), results.items().stream().map(ProjectResult::of).toList(),
                new Facets(results.disciplines().stream().map(DisciplineFacet::of).toList(),
                        results.institutions().stream().map(InstitutionFacet::of).toList(),
                        results.statuses().stream().map(StatusFacet::of).toList(),
                        results.startYears().stream().map(YearFacet::of).toList()),
                results.nextCursor());
    }

    /** Counts of all results by discipline (every level of the tree), institution, status and start year. */
    @Serdeable
    public record Facets(List<DisciplineFacet> discipline, List<InstitutionFacet> institution,
                         List<StatusFacet> status, List<YearFacet> startYear) {
    }

    /** Results classified by the discipline or below it: as many as filtering by its code leaves. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DisciplineFacet(String code, @Nullable String name, @Nullable String nameZh, long count) {

        static DisciplineFacet of(Facet facet) {
            return new DisciplineFacet(facet.value(), facet.name(), facet.nameZh(), facet.count());
        }
    }

    /** Results the institution takes part in. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InstitutionFacet(UUID id, @Nullable String name, @Nullable String nameZh, long count) {

        static InstitutionFacet of(Facet facet) {
            return new InstitutionFacet(UUID.fromString(facet.value()), facet.name(), facet.nameZh(), facet.count());
        }
    }

    /** Results in the status; the counts add up to the total. */
    @Serdeable
    public record StatusFacet(String value, long count) {

        static StatusFacet of(Facet facet) {
            return new StatusFacet(facet.value(), facet.count());
        }
    }

    /** Results starting in the year. */
    @Serdeable
    public record YearFacet(int year, long count) {

        static YearFacet of(Facet facet) {
            return new YearFacet(Integer.parseInt(facet.value()), facet.count());
        }
    }
}
