package org.jointresearch.registry.api.discipline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.core.discipline.DisciplineDraft;

/** The body of {@code POST} and {@code PUT /disciplines}; the core validates it. */
@Serdeable
public record DisciplineRequest(
        @Nullable String code,
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String parentCode) {

    DisciplineDraft toDraft() {
        return new DisciplineDraft(code, name, nameZh, parentCode);
    }

    static DisciplineRequest of(Discipline discipline) {
        return new DisciplineRequest(discipline.code(), discipline.name(), discipline.nameZh(),
                discipline.parentCode());
    }
}
