package org.jointresearch.registry.search;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, within a bound, for the index to catch up with the database. The bound only keeps a broken
 * test from hanging; how long the index takes is measured elsewhere, never asserted.
 */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** The first value {@code read} gives that satisfies {@code until}; fails after {@link #PATIENCE}. */
    public static <T> T await(String what, Supplier<T> read, Predicate<T> until) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = read.get();
        while (!until.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; last seen: " + value);
            }
            pause();
            value = read.get();
        }
        return value;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
