package org.jointresearch.registry.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Locale;

/**
 * Checks a user name and password, slowing down guessing: a name that failed too often is locked for a
 * while (see {@link LoginThrottle}), whether or not an account has that name, so that neither the answer
 * nor its timing tells which names exist.
 */
@Singleton
public class SignIn {

    private final UserAccountRepository accounts;
    private final LoginThrottleRepository throttles;
    private final Passwords passwords;

    SignIn(UserAccountRepository accounts, LoginThrottleRepository throttles, Passwords passwords) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.passwords = passwords;
    }

    @Transactional
    public SignInResult attempt(String username, String password) {
        var name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches(UserAccountDraft.USERNAME)) {
            return new SignInResult.Refused();
        }
        throttles.insertIfAbsent(name);
        var throttle = throttles.lockRow(name);
        var now = Instant.now();
        var lock = throttle.lockedFor(now);
        if (lock.isPresent()) {
            return new SignInResult.Throttled(lock.get());
        }
        var account = accounts.findByUsername(name);
        if (passwords.matches(password, account.map(UserAccount::passwordHash).orElse(null))) {
            throttles.deleteById(name);
            return new SignInResult.Accepted(account.orElseThrow());
        }
        throttles.update(throttle.failedAt(now));
        throttles.deleteForgotten(now.minus(LoginThrottle.FORGOTTEN_AFTER));
        return new SignInResult.Refused();
    }
}
