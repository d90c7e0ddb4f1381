package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.project.ProjectHit;
import org.jointresearch.registry.search.project.ProjectResults;
import org.jointresearch.registry.search.query.Facet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a project search: {@code total} results in all, this page's {@code items}, {@code facets} over
 * all results, and {@code nextCursor} to pass as {@code cursor} for the next page (null on the last).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectSearchResponse(long total, List<Item> items, Facets facets, @Nullable String nextCursor) {

    static ProjectSearchResponse of(ProjectResults results) {
        return new ProjectSearchResponse(results.total(), results.items().stream().map(Item::of).toList(),
                new Facets(results.disciplines().stream().map(DisciplineFacet::of).toList(),
                        results.institutions().stream().map(InstitutionFacet::of).toList(),
                        results.statuses().stream().map(StatusFacet::of).toList(),
                        results.startYears().stream().map(YearFacet::of).toList()),
                results.nextCursor());
    }

    /**
     * A project found. {@code highlights} holds, per field, the passages that matched with the matched words
     * in {@code <em>} and the rest HTML-escaped; {@code score} is null unless sorted by relevance.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(UUID id, String title, Map<String, List<String>> highlights, List<DisciplineName> disciplines,
                       List<RecordName> institutions, @Nullable RecordName centre, String status,
                       @Nullable LocalDate startsOn, @Nullable Double score) {

        static Item of(ProjectHit hit) {
            return new Item(UUID.fromString(hit.id()), hit.title(), hit.highlights(),
                    DisciplineName.of(hit.disciplines()), RecordName.of(hit.institutions()),
                    RecordName.ofNullable(hit.centre()), hit.status(), hit.startsOn(), hit.score());
        }
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
