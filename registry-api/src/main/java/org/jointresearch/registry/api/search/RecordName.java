package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.document.NamedPart;

import java.util.List;
import java.util.UUID;

/** A record a result refers to (an institution, a centre, a director), by id and names. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordName(UUID id, String name, @Nullable String nameZh) {

    static RecordName of(NamedPart part) {
        return new RecordName(UUID.fromString(part.id()), part.name(), part.nameZh());
    }

    static @Nullable RecordName ofNullable(@Nullable NamedPart part) {
        return part == null ? null : of(part);
    }

    static List<RecordName> of(List<NamedPart> parts) {
        return parts.stream().map(RecordName::of).toList();
    }
}
