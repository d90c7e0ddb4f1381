package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A memorandum of understanding, strategic partnership or other agreement between institutions; its
 * parties and signatories are stored beside it (see {@link AgreementView}).
 */
@Serdeable
@MappedEntity("agreement")
public record Agreement(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String title,
        AgreementKind kind,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        AgreementStatus status,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> areaCodes,
        @Nullable String summary) {
}
