package org.jointresearch.registry.search.index;

import org.jointresearch.registry.search.index.IndexerState.Lane;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final IndexerSettings SETTINGS = new IndexerSettings(true, SECOND, SECOND, 200, SECOND, MINUTE, 500, SECOND);

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
        var state = new IndexerState(SETTINGS);
        var now = Instant.parse("2025-03-01T12:00:00Z");

        state.failed(Lane.CHANGES, now, "Connection refused");
        state.failed(Lane.CHANGES, now, "Connection refused");

        assertThat(state.mayAttempt(Lane.CHANGES, now.plusMillis(1999))).isFalse();
        assertThat(state.mayAttempt(Lane.CHANGES, now.plusSeconds(2))).isTrue();
        assertThat(state.report().lastError()).isEqualTo("Connection refused");
        state.succeeded(Lane.CHANGES, now.plusSeconds(3));
        assertThat(state.mayAttempt(Lane.CHANGES, now.plusSeconds(3))).isTrue();
        assertThat(state.report().consecutiveFailures()).isZero();
        assertThat(state.report().lastDrainAt()).isEqualTo(now.plusSeconds(3));
    }

    @Test
    void followUpsThatKeepFailingBackOffAndShowInTheReportWhileChangesGoThrough() {
        var state = new IndexerState(SETTINGS);
        var now = Instant.parse("2025-03-01T12:00:00Z");

        state.failed(Lane.FOLLOW_UPS, now, "no such index [registry_people]");
        state.succeeded(Lane.CHANGES, now.plusMillis(200));
        state.failed(Lane.FOLLOW_UPS, now.plusSeconds(1), "no such index [registry_people]");

        assertThat(state.mayAttempt(Lane.CHANGES, now.plusSeconds(1))).isTrue();
        assertThat(state.mayAttempt(Lane.FOLLOW_UPS, now.plusMillis(2999))).isFalse();
        assertThat(state.mayAttempt(Lane.FOLLOW_UPS, now.plusSeconds(3))).isTrue();
        assertThat(state.report().consecutiveFailures()).isEqualTo(2);
        assertThat(state.report().lastError()).contains("registry_people");
        state.succeeded(Lane.FOLLOW_UPS, now.plusSeconds(3));
        assertThat(state.report().consecutiveFailures()).isZero();
        assertThat(state.report().lastDrainAt()).isEqualTo(now.plusMillis(200));
    }
}
