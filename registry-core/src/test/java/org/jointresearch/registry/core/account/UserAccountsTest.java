package org.jointresearch.registry.core.account;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.change.ChangeHistory;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.RuleViolationException;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonDraft;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@Property(name = "registry.security.admin-password", value = "first-admin-password")
class UserAccountsTest {

    @Inject
    UserAccounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    People people;

    @Inject
    ChangeHistory history;

    @Test
    void opensTheFirstAdministratorsAccountAtStartUpWithTheConfiguredPassword() {
        var admin = accounts.findByUsername("admin").orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(signIn.attempt("admin", "first-admin-password")).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void storesABcryptHashAndKeepsItOutOfTheHistory() {
        var account = accounts.create(researcherDraft("hashed", "a long enough secret"));

        assertThat(account.passwordHash()).startsWith("$2a$").doesNotContain("a long enough secret");
        var entry = history.of(UserAccounts.ENTITY, account.id(), Pageable.from(0, 10)).getContent().getFirst();
        assertThat(entry.changes()).containsKeys("username", "roles", "personId", "passwordChangedAt")
                .doesNotContainKey("passwordHash");
        assertThat(entry.changes().toString()).doesNotContain("$2a$");
    }

    @Test
    void keepsThePasswordWhenAReplacementNamesNone() {
        var account = accounts.create(researcherDraft("kept", "the first password"));

        var renamed = accounts.update(account.id(), account.version(),
                new UserAccountDraft("kept-" + suffix(), null, List.of(Role.RESEARCHER), account.personId()));

        assertThat(renamed.passwordHash()).isEqualTo(account.passwordHash());
        assertThat(signIn.attempt(renamed.username(), "the first password")).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void refusesAResearcherWithoutAPersonAndAPasswordBcryptWouldCut() {
        var noPerson = new UserAccountDraft("lonely-" + suffix(), "a long enough secret", List.of(Role.RESEARCHER), null);
        var tooLong = new UserAccountDraft("verbose-" + suffix(), "密".repeat(25), List.of(Role.ADMIN), null);

        assertThatThrownBy(() -> accounts.create(noPerson)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("personId");
        assertThatThrownBy(() -> accounts.create(tooLong)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("password");
    }

    @Test
    void givesAPersonAtMostOneAccount() {
        var first = accounts.create(researcherDraft("first", "a long enough secret"));

        assertThatThrownBy(() -> accounts.create(new UserAccountDraft("second-" + suffix(), "a long enough secret",
                List.of(Role.RESEARCHER), first.personId())))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void throttlesANameAfterFiveFailuresEvenForTheRightPassword() {
        var account = accounts.create(researcherDraft("guessed", "the right password"));

        for (int i = 0; i < 5; i++) {
            assertThat(signIn.attempt(account.username(), "wrong guess " + i)).isInstanceOf(SignInResult.Refused.class);
        }
        var locked = signIn.attempt(account.username(), "the right password");

        assertThat(locked).isInstanceOfSatisfying(SignInResult.Throttled.class,
                throttled -> assertThat(throttled.retryAfter()).isPositive());
    }

    @Test
    void throttlesANameNoAccountHasJustTheSame() {
        var name = "nobody-" + suffix();

        for (int i = 0; i < 5; i++) {
            assertThat(signIn.attempt(name, "guess " + i)).isInstanceOf(SignInResult.Refused.class);
        }

        assertThat(signIn.attempt(name, "guess 5")).isInstanceOf(SignInResult.Throttled.class);
    }

    @Test
    void forgivesEarlierFailuresOnceTheRightPasswordIsGiven() {
        var account = accounts.create(researcherDraft("forgiven", "the right password"));
        for (int i = 0; i < 4; i++) {
            signIn.attempt(account.username(), "wrong guess " + i);
        }

        assertThat(signIn.attempt(account.username().toUpperCase(), "the right password"))
                .isInstanceOf(SignInResult.Accepted.class);
        assertThat(signIn.attempt(account.username(), "wrong again")).isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.attempt(account.username(), "the right password")).isInstanceOf(SignInResult.Accepted.class);
    }

    private UserAccountDraft researcherDraft(String name, String password) {
        var person = people.create(new PersonDraft("Account holder " + suffix(), null, null, null, null, null,
                List.of(), List.of()));
        return new UserAccountDraft(name + "-" + suffix(), password, List.of(Role.RESEARCHER), person.id());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
