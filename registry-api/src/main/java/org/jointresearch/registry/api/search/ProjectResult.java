package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.project.ProjectHit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project found. {@code highlights} holds, per field, the passages that matched with the matched words in
 * {@code <em>} and the rest HTML-escaped; {@code score} is null unless sorted by relevance.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectResult(UUID id, String title, Map<String, List<String>> highlights,
                            List<DisciplineName> disciplines, List<RecordName> institutions,
                            @Nullable RecordName centre, String status, @Nullable LocalDate startsOn,
                            @Nullable Double score) {

    static ProjectResult of(ProjectHit hit) {
        return new ProjectResult(UUID.fromString(hit.id()), hit.title(), hit.highlights(),
                DisciplineName.of(hit.disciplines()), RecordName.of(hit.institutions()),
                RecordName.ofNullable(hit.centre()), hit.status(), hit.startsOn(), hit.score());
    }
}
