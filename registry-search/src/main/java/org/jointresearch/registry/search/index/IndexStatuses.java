package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.change.OutboxBacklog;

import java.util.ArrayList;
import java.util.List;

/** Reports how the indexes and their feed stand: each index, the outbox backlog, the indexer, the last rebuild. */
@Singleton
public class IndexStatuses {

    private final IndexAdmin admin;
    private final IndexSettings settings;
    private final Outbox outbox;
    private final IndexerState indexer;
    private final ReindexJobs reindex;

    IndexStatuses(IndexAdmin admin, IndexSettings settings, Outbox outbox, IndexerState indexer,
                  ReindexJobs reindex) {
        this.admin = admin;
        this.settings = settings;
        this.outbox = outbox;
        this.indexer = indexer;
        this.reindex = reindex;
    }

    public Status read() {
        // The rebuild first: a report saying it finished then shows the indexes it left, never some read before
        // its alias swap and some after (SearchIndexApiTest once saw three old indexes beside a new one).
        var rebuild = reindex.state();
        var indexes = new ArrayList<IndexState>();
        String searchError = null;
        for (var index : RegistryIndex.values()) {
            var alias = settings.alias(index);
            try {
                var current = admin.current(index);
                indexes.add(new IndexState(index.suffix(), alias, current.orElse(null),
                        current.isPresent() ? admin.count(alias) : null));
            } catch (SearchUnavailableException | ElasticsearchException e) {
                searchError = e.getMessage();
                indexes.add(new IndexState(index.suffix(), alias, null, null));
            }
        }
        return new Status(indexes, searchError, outbox.backlog(), indexer.report(), rebuild);
    }

    /**
     * @param indexes     every index with its alias
     * @param searchError why Elasticsearch could not be asked, when it could not
     * @param outbox      the changes waiting for the indexes
     * @param indexer     how this instance's indexer has been doing
     * @param reindex     the current or last rebuild started on this instance
     */
    public record Status(List<IndexState> indexes, @Nullable String searchError, OutboxBacklog outbox,
                         IndexerState.Report indexer, ReindexJobs.State reindex) {
    }

    /** One index: its alias, the concrete index behind it (none before the first build), its documents. */
    public record IndexState(String name, String alias, @Nullable String index, @Nullable Long documents) {
    }
}
