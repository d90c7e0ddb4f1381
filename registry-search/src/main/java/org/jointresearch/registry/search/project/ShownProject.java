package org.jointresearch.registry.search.project;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.Lists;
import org.jointresearch.registry.search.document.NamedPart;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of a {@link ProjectDocument} a result shows, which is all a search asks Elasticsearch to return:
 * a hit without the summary, keywords and people costs less to send, read and turn into the answer.
 */
record ShownProject(
        String id,
        String title,
        List<String> disciplineCodes,
        List<NamedPart> institutions,
        @Nullable NamedPart centre,
        String status,
        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate startsOn) {

    /** The fields of the index's documents this reads, for the search request's {@code _source} filter. */
    static final List<String> FIELDS = List.of("id", "title", "disciplineCodes", "institutions.id",
            "institutions.name", "institutions.nameZh", "centre", "status", "startsOn");

    ShownProject {
        disciplineCodes = Lists.orEmpty(disciplineCodes);
        institutions = Lists.orEmpty(institutions);
    }
}
