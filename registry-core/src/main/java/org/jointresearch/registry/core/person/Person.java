package org.jointresearch.registry.core.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A researcher, clinician or administrator of a partner institution. The e-mail address is kept out
 * of every JSON rendering (the audit trail included) until access control decides who may see it.
 */
@Serdeable
@MappedEntity("person")
public record Person(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable String honorific,
        @Nullable String orcid,
        @JsonIgnore @Nullable String email,
        @Nullable String expertise,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> disciplineCodes) {
}
