package org.jointresearch.registry.api;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, within a bound, for the search indexes to catch up with the database. The bound only keeps a
 * broken test from hanging; how long the index takes is measured elsewhere, never asserted.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** The first value {@code read} gives that satisfies {@code until}; fails after the patience runs out. */
    public static <T> T await(String what, Supplier<T> read, Predicate<T> until) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        for (T value = read.get(); ; value = read.get()) {
            if (until.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
