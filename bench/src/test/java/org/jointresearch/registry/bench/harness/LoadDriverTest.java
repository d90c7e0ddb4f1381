package org.jointresearch.registry.bench.harness;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class LoadDriverTest {

    @Test
    void sendsEachSequenceNumberExactlyOnceAcrossClients() {
        var seen = ConcurrentHashMap.<Long>newKeySet();
        var latencies = LoadDriver.run(4, 200, Duration.ofMinutes(1), seen::add);

        assertThat(latencies.count()).isEqualTo(200);
        assertThat(seen).hasSize(200).allMatch(sequence -> sequence >= 0 && sequence < 200);
    }

    @Test
    void stopsWhenTheTimeIsUpEvenWithRequestsLeft() {
        var latencies = LoadDriver.run(2, Long.MAX_VALUE, Duration.ofMillis(300), sequence -> Thread.sleep(10));

        assertThat(latencies.count()).isBetween(2L, 80L);
        assertThat(latencies.perSecond()).isBetween(10.0, 250.0);
    }

    @Test
    void countsFailuresApartFromLatencies() {
        var latencies = LoadDriver.run(1, 10, Duration.ofMinutes(1), sequence -> {
            if (sequence % 2 == 0) {
                throw new IllegalStateException("refused");
            }
        });

        assertThat(latencies.failures()).isEqualTo(5);
        assertThat(latencies.count()).isEqualTo(5);
    }

    @Test
    void percentilesComeFromTheRecordedLatencies() {
        var latencies = new Latencies();
        for (int millis = 1; millis <= 100; millis++) {
            latencies.record(Duration.ofMillis(millis));
        }

        assertThat(latencies.p50()).isCloseTo(50, offset(0.1));
        assertThat(latencies.p99()).isCloseTo(99, offset(0.1));
    }

    @Test
    void stopsOnceToldTo() {
        var going = new AtomicBoolean(true);
        var latencies = LoadDriver.run(1, Long.MAX_VALUE, Duration.ofMinutes(1), going::get, sequence -> {
            if (sequence == 9) {
                going.set(false);
            }
        });

        assertThat(latencies.count()).isEqualTo(10);
    }
}
