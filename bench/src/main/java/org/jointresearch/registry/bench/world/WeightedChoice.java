package org.jointresearch.registry.bench.world;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index in proportion to fixed weights. */
final class WeightedChoice {

    private final double[] cumulative;

    private WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("a weight is negative: " + weights[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
    }

    static WeightedChoice of(double... weights) {
        return new WeightedChoice(weights);
    }

    /** Weights 1/(i+1)^exponent: the first of {@code size} entries most often, the last rarely. */
    static WeightedChoice zipf(int size, double exponent) {
        var weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return new WeightedChoice(weights);
    }

    int next(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
