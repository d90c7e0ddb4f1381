package org.jointresearch.registry.core.discipline;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Everything a caller states about a discipline: what creating or replacing one needs. */
@Introspected
public record DisciplineDraft(
        @NotNull @Pattern(regexp = DisciplineDraft.CODE, message = "must be a code such as 3, 3.2 or 3.2.1")
        String code,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameZh,
        @Nullable String parentCode) {

    /** One to three dot-separated segments, the first a single digit 1-9, the others one or two digits. */
    public static final String CODE = "^[1-9](\\.[0-9]{1,2}){0,2}$";

    Discipline toDiscipline(UUID id, @Nullable Discipline current) {
        return new Discipline(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                code, name.strip(), nameZh, parentCode);
    }
}
