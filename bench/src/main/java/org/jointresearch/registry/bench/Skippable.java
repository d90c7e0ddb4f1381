package org.jointresearch.registry.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmarks a run may leave out ({@code --skip reindex,crud}), so that a large world fits the time there
 * is. The load itself and the start-up and memory readings are never skipped: everything else stands on them.
 */
public enum Skippable {
    REINDEX, SEARCH, LOOKUP, FRESHNESS, CRUD;

    /** The benchmarks a comma-separated list names; an unknown name is an error naming the known ones. */
    public static Set<Skippable> parse(String list) {
        var named = EnumSet.noneOf(Skippable.class);
        for (var name : list.split(",")) {
            try {
                named.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot skip \"" + name.strip() + "\": the benchmarks that can be"
                        + " skipped are " + String.join(", ", names()));
            }
        }
        return named;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static List<String> names() {
        return Arrays.stream(values()).map(Skippable::label).toList();
    }
}
