package org.jointresearch.registry.core.account;

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
 * An account that signs in to the registry. The password hash stays out of every JSON rendering, the
 * audit trail included, which shows {@code passwordChangedAt} moving instead.
 */
@Serdeable
@MappedEntity("user_account")
public record UserAccount(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String username,
        @JsonIgnore String passwordHash,
        Instant passwordChangedAt,
        @TypeDef(type = DataType.STRING_ARRAY) List<Role> roles,
        @Nullable UUID personId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
