package org.jointresearch.registry.search.index;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void doublesThePauseWithEachFailureInARowUpToTheCeiling() {
        assertThat(IndexerState.delay(1, SECOND, MINUTE)).isEqualTo(SECOND);
        assertThat(IndexerState.delay(2, SECOND, MINUTE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(IndexerState.delay(6, SECOND, MINUTE)).isEqualTo(Duration.ofSeconds(32));
        assertThat(IndexerState.delay(7, SECOND, MINUTE)).isEqualTo(MINUTE);
        assertThat(IndexerState.delay(10_000, SECOND, MINUTE)).isEqualTo(MINUTE);
    }

    @Test
    void holdsBackAfterAFailureAndLetsGoOnceTheDrainWentThrough() {
        var state = new IndexerState(new IndexerSettings(true, SECOND, 200, SECOND, MINUTE, 500));
        var now = Instant.parse("2025-03-01T12:00:00Z");

        state.failed(now, "Connection refused");
        state.failed(now, "Connection refused");

        assertThat(state.mayAttempt(now.plusMillis(1999))).isFalse();
        assertThat(state.mayAttempt(now.plusSeconds(2))).isTrue();
        assertThat(state.report().lastError()).isEqualTo("Connection refused");
        state.succeeded(now.plusSeconds(3));
        assertThat(state.mayAttempt(now.plusSeconds(3))).isTrue();
        assertThat(state.report().consecutiveFailures()).isZero();
        assertThat(state.report().lastDrainAt()).isEqualTo(now.plusSeconds(3));
    }
}
