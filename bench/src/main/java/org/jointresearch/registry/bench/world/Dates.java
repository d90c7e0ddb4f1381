package org.jointresearch.registry.bench.world;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The world's calendar: a fixed "today", so that statuses follow from dates the same way on every run. */
final class Dates {

    /** The day the world describes: what started after it is proposed or planned, what ended before it is done. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private Dates() {
    }

    static LocalDate dayIn(int year, SplittableRandom random) {
        return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} itself when {@code to} is earlier. */
    static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** A day from {@code from} to {@code from} plus up to {@code days} days. */
    static LocalDate within(LocalDate from, int days, SplittableRandom random) {
        return from.plusDays(random.nextInt(days + 1));
    }
}
