package org.jointresearch.registry.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The recent failed sign-ins of one user name. After {@value #FREE_FAILURES} failures in a row the name is
 * locked for a minute, and each further failure doubles the lock up to a quarter of an hour; failures are
 * forgotten an hour after the last one. Kept in the database so every instance applies the same lock.
 */
@MappedEntity("login_throttle")
record LoginThrottle(@Id String username, int failures, @Nullable Instant lastFailureAt,
                     @Nullable Instant lockedUntil) {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** How long the name stays locked from {@code now}, if it is. */
    Optional<Duration> lockedFor(Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now)
                ? Optional.empty()
                : Optional.of(Duration.between(now, lockedUntil));
    }

    LoginThrottle failedAt(Instant now) {
        boolean remembered = lastFailureAt != null && lastFailureAt.plus(FORGOTTEN_AFTER).isAfter(now);
        int count = remembered ? failures + 1 : 1;
        return new LoginThrottle(username, count, now, count < FREE_FAILURES ? null : now.plus(lockAfter(count)));
    }

    private static Duration lockAfter(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        var lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
