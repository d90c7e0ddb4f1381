package org.jointresearch.registry.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchCommandTest {

    @Test
    void readsCountsWithThousandAndMillionSuffixes() {
        assertThat(BenchCommand.count("5000")).isEqualTo(5_000);
        assertThat(BenchCommand.count("100k")).isEqualTo(100_000);
        assertThat(BenchCommand.count("1M")).isEqualTo(1_000_000);
    }

    @Test
    void readsTheBenchmarksToLeaveOutInAnyCase() {
        assertThat(Skippable.parse("reindex, CRUD")).isEqualTo(Set.of(Skippable.REINDEX, Skippable.CRUD));
    }

    @Test
    void refusesToSkipWhatCannotBeSkippedNamingWhatCan() {
        assertThatThrownBy(() -> Skippable.parse("reindex,load"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot skip \"load\": the benchmarks that can be skipped are reindex, search, lookup,"
                        + " freshness, crud");
    }

    @Test
    void aPlanRunsWhatItDoesNotSkip() {
        var plan = BenchPlan.standard(1_000, 1, Path.of("out"), Set.of(Skippable.CRUD), false);
        assertThat(plan.runs(Skippable.CRUD)).isFalse();
        assertThat(plan.runs(Skippable.SEARCH)).isTrue();
    }
}
