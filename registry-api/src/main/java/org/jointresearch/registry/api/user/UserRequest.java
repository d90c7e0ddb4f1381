package org.jointresearch.registry.api.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.account.Role;
import org.jointresearch.registry.core.account.UserAccount;
import org.jointresearch.registry.core.account.UserAccountDraft;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST} and {@code PUT /users}; the core validates it. The password is required to
 * open an account; left out of a replacement or a patch, the account keeps the one it has.
 */
@Serdeable
public record UserRequest(
        @Nullable String username,
        @Nullable String password,
        @Nullable List<Role> roles,
        @Nullable UUID personId) {

    UserAccountDraft toDraft() {
        return new UserAccountDraft(username, password, roles, personId);
    }

    static UserRequest of(UserAccount account) {
        return new UserRequest(account.username(), null, account.roles(), account.personId());
    }
}
