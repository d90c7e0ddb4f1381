package org.jointresearch.registry.core.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.runtime.date.CurrentDateTimeProvider;
import io.micronaut.data.runtime.date.DateTimeProvider;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time Micronaut Data stamps on a record's {@code createdAt} and {@code updatedAt}, to the microsecond as
 * PostgreSQL keeps it: the answer to a write then shows the record exactly as a later read gives it.
 */
@Singleton
@Replaces(CurrentDateTimeProvider.class)
public class DatabaseClock implements DateTimeProvider<OffsetDateTime> {

    @Override
    public OffsetDateTime getNow() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
