package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.centre.CentreHit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A joint research centre found; {@code score} is null unless sorted by relevance. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreResult(UUID id, String name, @Nullable String nameZh, String status,
                           @Nullable LocalDate establishedOn, List<RecordName> institutions,
                           List<DisciplineName> disciplines, List<RecordName> directors,
                           Map<String, List<String>> highlights, @Nullable Double score) {

    static CentreResult of(CentreHit hit) {
        return new CentreResult(UUID.fromString(hit.id()), hit.name(), hit.nameZh(), hit.status(),
                hit.establishedOn(), RecordName.of(hit.institutions()), DisciplineName.of(hit.disciplines()),
                RecordName.of(hit.directors()), hit.highlights(), hit.score());
    }
}
