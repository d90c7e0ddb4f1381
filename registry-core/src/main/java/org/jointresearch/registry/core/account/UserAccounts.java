package org.jointresearch.registry.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.Versions;
import org.jointresearch.registry.core.person.People;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Opens, changes and closes accounts; the only way the registry changes one. Passwords are stored hashed. */
@Singleton
public class UserAccounts {

    public static final String ENTITY = "user";
    private static final Map<String, String> UNIQUE_FIELDS =
            Map.of("user_account_username_key", "username", "user_account_person_key", "personId");

    private final UserAccountRepository repository;
    private final Passwords passwords;
    private final People people;
    private final ChangeRecorder changes;

    UserAccounts(UserAccountRepository repository, Passwords passwords, People people, ChangeRecorder changes) {
        this.repository = repository;
        this.passwords = passwords;
        this.people = people;
        this.changes = changes;
    }

    @ReadOnly
    public UserAccount get(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @ReadOnly
    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    @ReadOnly
    public boolean anyHolds(Role role) {
        return repository.anyHolds(role.name());
    }

    @ReadOnly
    public Page<UserAccount> list(Pageable pageable) {
        return repository.findAllOrderByUsername(pageable);
    }

    @Transactional
    public UserAccount create(@Valid UserAccountDraft draft) {
        checkRules(draft, null);
        var id = UUID.randomUUID();
        var account = new UserAccount(id, null, null, null, draft.username(), passwords.hash(draft.password()),
                Instant.now(), List.copyOf(draft.roles()), draft.personId());
        var saved = Constraints.write(ENTITY, id, UNIQUE_FIELDS, () -> repository.save(account));
        changes.created(ENTITY, id, saved.version(), saved);
        return saved;
    }

    @Transactional
    public UserAccount update(UUID id, @Nullable Long expectedVersion, @Valid UserAccountDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        checkRules(draft, current);
        boolean newPassword = draft.password() != null;
        var account = new UserAccount(id, current.version(), current.createdAt(), current.updatedAt(),
                draft.username(), newPassword ? passwords.hash(draft.password()) : current.passwordHash(),
                newPassword ? Instant.now() : current.passwordChangedAt(), List.copyOf(draft.roles()),
                draft.personId());
        var updated = Constraints.write(ENTITY, id, UNIQUE_FIELDS, () -> repository.update(account));
        changes.updated(ENTITY, id, updated.version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current));
        changes.deleted(ENTITY, id, current.version(), current);
    }

    private void checkRules(UserAccountDraft draft, @Nullable UserAccount current) {
        var password = draft.password();
        new ReferenceChecks()
                .require(current != null || password != null, "password", "is required for a new account")
                .require(password == null || Passwords.fits(password), "password",
                        "must be at most " + Passwords.MAX_BYTES + " bytes long in UTF-8")
                .distinct("roles", draft.roles())
                .require(draft.personId() != null || !draft.roles().contains(Role.RESEARCHER), "personId",
                        "a researcher's account must name their person")
                .exists("personId", draft.personId(), people::exists, "person")
                .orReject();
    }
}
