package org.jointresearch.registry.bench.world;

import java.util.List;
import java.util.SplittableRandom;

/** A list whose entries are drawn most often at its head, as some topics are much commoner than others. */
final class SkewedList<T> {

    private final List<T> items;
    private final WeightedChoice choice;

    SkewedList(List<T> items, double exponent) {
        this.items = List.copyOf(items);
        this.choice = WeightedChoice.zipf(items.size(), exponent);
    }

    List<T> items() {
        return items;
    }

    T pick(SplittableRandom random) {
        return items.get(choice.next(random));
    }
}
