package org.jointresearch.registry.search.query;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whitelists: a parameter that picks one of a fixed set of values (a sort order, a status, a kind) is
 * matched against the set before it reaches a query; anything else is refused naming the parameter and
 * the values it may take.
 */
public final class Choices {

    private Choices() {
    }

    /** The value named by {@code raw}, case aside; null when the parameter is absent or blank. */
    public static <T> @Nullable T pick(String parameter, @Nullable String raw, List<T> values, Function<T, String> name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var wanted = raw.strip().toLowerCase(Locale.ROOT);
        return values.stream().filter(value -> name.apply(value).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().orElseThrow(() -> new SearchParameterException(parameter, "must be one of "
                        + values.stream().map(name).collect(Collectors.joining(", "))));
    }

    /** An enum value by its constant name, case aside ({@code active} picks {@code ACTIVE}). */
    public static <E extends Enum<E>> @Nullable E pick(String parameter, @Nullable String raw, Class<E> type) {
        return pick(parameter, raw, List.of(type.getEnumConstants()), Enum::name);
    }
}
