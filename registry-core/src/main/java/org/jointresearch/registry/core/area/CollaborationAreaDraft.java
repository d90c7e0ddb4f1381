package org.jointresearch.registry.core.area;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Everything a caller states about a collaboration area: what creating or replacing one needs. */
@Introspected
public record CollaborationAreaDraft(
        @NotNull @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$",
                message = "must be upper-case letters, digits and underscores, starting with a letter") String code,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameZh,
        @Nullable @Size(max = 4000) String description) {

    CollaborationArea toArea(UUID id, @Nullable CollaborationArea current) {
        return new CollaborationArea(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                code, name.strip(), nameZh, description);
    }
}
