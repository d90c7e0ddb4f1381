package org.jointresearch.registry.bench.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One measured figure, beside the baseline measured in the same run where there is one.
 *
 * @param ratio  value over baseline
 * @param target what issue 8 asks, as text (e.g. "ratio >= 0.8")
 * @param met    whether the target holds; null where the figure has none
 */
@Serdeable
public record Figure(String benchmark, String measure, double value, String unit, @Nullable String baseline,
                     @Nullable Double baselineValue, @Nullable Double ratio, @Nullable String target,
                     @Nullable Boolean met) {

    public static Figure of(String benchmark, String measure, double value, String unit) {
        return new Figure(benchmark, measure, value, unit, null, null, null, null, null);
    }

    /** A figure against its baseline; the ratio is value / baseline. */
    public static Figure against(String benchmark, String measure, double value, String unit, String baseline,
                                 double baselineValue) {
        return new Figure(benchmark, measure, value, unit, baseline, baselineValue,
                baselineValue == 0 ? null : value / baselineValue, null, null);
    }

    /** This figure held to a target on its ratio: at least {@code bound} (higher is better) or at most it. */
    public Figure ratioTarget(boolean atLeast, double bound) {
        var met = ratio == null ? Boolean.FALSE : atLeast ? ratio >= bound : ratio <= bound;
        return new Figure(benchmark, measure, value, unit, baseline, baselineValue, ratio,
                "ratio " + (atLeast ? ">= " : "<= ") + bound, met);
    }

    /** This figure held to a target on its value. */
    public Figure valueTarget(boolean atLeast, double bound) {
        return new Figure(benchmark, measure, value, unit, baseline, baselineValue, ratio,
                (atLeast ? ">= " : "<= ") + bound + " " + unit, atLeast ? value >= bound : value <= bound);
    }
}
