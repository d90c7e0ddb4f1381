package org.jointresearch.registry.core.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Everything a caller states about an account. The password is required to create one; replacing an
 * account without one keeps the password it has, since no response ever carries it.
 */
@Introspected
public record UserAccountDraft(
        @NotNull @Pattern(regexp = UserAccountDraft.USERNAME,
                message = "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores") String username,
        @Nullable @Size(min = 12, message = "must be at least 12 characters long") String password,
        @NotEmpty @Size(max = 2) List<@NotNull Role> roles,
        @Nullable UUID personId) {

    /** What a user name looks like; the database checks the same. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    /** The draft that would recreate the account as it is, keeping its password. */
    public static UserAccountDraft of(UserAccount account) {
        return new UserAccountDraft(account.username(), null, account.roles(), account.personId());
    }
}
