package org.jointresearch.registry.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Child rows (parties, members, institution lists) keep the order the caller gave through their
 * {@code position_index}; this numbers them from 0.
 */
public final class Positions {

    private Positions() {
    }

    public static <T, R> List<R> numbered(List<T> values, BiFunction<Integer, T, R> toRow) {
        var rows = new ArrayList<R>(values.size());
        for (int index = 0; index < values.size(); index++) {
            rows.add(toRow.apply(index, values.get(index)));
        }
        return rows;
    }
}
