package org.jointresearch.registry.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void readsCountsWithThousandAndMillionSuffixes() {
        assertThat(BenchCommand.count("5000")).isEqualTo(5_000);
        assertThat(BenchCommand.count("100k")).isEqualTo(100_000);
        assertThat(BenchCommand.count("1M")).isEqualTo(1_000_000);
    }
}
