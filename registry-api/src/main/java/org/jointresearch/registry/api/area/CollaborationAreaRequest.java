package org.jointresearch.registry.api.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.area.CollaborationArea;
import org.jointresearch.registry.core.area.CollaborationAreaDraft;

/** The body of {@code POST} and {@code PUT /collaboration-areas}; the core validates it. */
@Serdeable
public record CollaborationAreaRequest(
        @Nullable String code,
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String description) {

    CollaborationAreaDraft toDraft() {
        return new CollaborationAreaDraft(code, name, nameZh, description);
    }

    static CollaborationAreaRequest of(CollaborationArea area) {
        return new CollaborationAreaRequest(area.code(), area.name(), area.nameZh(), area.description());
    }
}
