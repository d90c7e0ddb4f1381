package org.jointresearch.registry.core.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void locksANameForAMinuteAtTheFifthFailureInARow() {
        var throttle = failures(4, NOON);

        assertThat(throttle.lockedFor(NOON)).isEmpty();
        var fifth = throttle.failedAt(NOON);
        assertThat(fifth.lockedFor(NOON)).contains(Duration.ofMinutes(1));
        assertThat(fifth.lockedFor(NOON.plusSeconds(60))).isEmpty();
    }

    @Test
    void doublesTheLockWithEachFurtherFailureUpToAQuarterOfAnHour() {
        var throttle = failures(5, NOON);

        assertThat(throttle.failedAt(NOON).lockedFor(NOON)).contains(Duration.ofMinutes(2));
        assertThat(throttle.failedAt(NOON).failedAt(NOON).lockedFor(NOON)).contains(Duration.ofMinutes(4));
        assertThat(failures(40, NOON).lockedFor(NOON)).contains(Duration.ofMinutes(15));
    }

    @Test
    void forgetsFailuresAnHourAfterTheLastOne() {
        var throttle = failures(4, NOON);

        var later = throttle.failedAt(NOON.plus(Duration.ofMinutes(61)));

        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.lockedFor(NOON.plus(Duration.ofMinutes(61)))).isEmpty();
    }

    private static LoginThrottle failures(int count, Instant at) {
        var throttle = new LoginThrottle("li.hua", 0, null, null);
        for (int i = 0; i < count; i++) {
            throttle = throttle.failedAt(at);
        }
        return throttle;
    }
}
