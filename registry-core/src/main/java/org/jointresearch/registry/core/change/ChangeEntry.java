package org.jointresearch.registry.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit trail: who changed which record to which version, when, and how; {@code changes}
 * maps each changed field to its {@code before} and {@code after} values.
 */
@MappedEntity("change_log")
public record ChangeEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        String entityId,
        long entityVersion,
        ChangeAction action,
        String actor,
        Instant changedAt,
        @TypeDef(type = DataType.JSON) Map<String, Object> changes) {
}
