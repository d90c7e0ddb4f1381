package org.jointresearch.registry.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.index.ReindexJobs;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current or last rebuild of the search indexes started on this instance.
 *
 * @param running    whether it runs now
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param indexes    the concrete index it built behind each alias, by index name
 * @param error      why it failed
 */
@Serdeable
public record ReindexResponse(boolean running, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                              Map<String, String> indexes, @Nullable String error) {

    static ReindexResponse of(ReindexJobs.State state) {
        var indexes = new TreeMap<String, String>();
        state.indexes().forEach((index, name) -> indexes.put(index.suffix(), name));
        return new ReindexResponse(state.running(), state.startedAt(), state.finishedAt(), indexes, state.error());
    }
}
