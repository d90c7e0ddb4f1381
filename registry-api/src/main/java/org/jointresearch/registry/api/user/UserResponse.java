package org.jointresearch.registry.api.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.account.Role;
import org.jointresearch.registry.core.account.UserAccount;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as administrators see it: never its password, nor the password's hash. */
@Serdeable
public record UserResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String username,
        List<Role> roles,
        @Nullable UUID personId,
        Instant passwordChangedAt) {

    static UserResponse of(UserAccount account) {
        return new UserResponse(account.id(), account.version(), account.createdAt(), account.updatedAt(),
                account.username(), account.roles(), account.personId(), account.passwordChangedAt());
    }
}
