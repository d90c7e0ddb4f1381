package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.document.NamedPart;

import java.util.List;

/** A discipline a result is classified by: its code and names. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DisciplineName(String code, String name, @Nullable String nameZh) {

    static List<DisciplineName> of(List<NamedPart> parts) {
        return parts.stream().map(part -> new DisciplineName(part.id(), part.name(), part.nameZh())).toList();
    }
}
