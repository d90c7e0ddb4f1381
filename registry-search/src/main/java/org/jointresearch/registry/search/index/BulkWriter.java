package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends documents to Elasticsearch in {@code _bulk} requests and checks the result of every item. Every
 * write carries an external version, so Elasticsearch keeps whichever write was built last whatever order
 * they arrive in; a version conflict therefore means a newer document is already there, and counts as done.
 */
@Singleton
public class BulkWriter {

    /** Items per request: big enough to be cheap, small enough to stay well under the request size limit. */
    private static final int CHUNK = 1000;
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    /** Where a write goes, which decides how soon it must be searchable. */
    public enum Mode {
        /**
         * Into the indexes searches read, through their aliases (Elasticsearch refuses a target that is not an
         * alias rather than creating an index by that name); searchable when the request returns, because a
         * researcher who just saved a record looks for it next.
         */
        LIVE,
        /**
         * Into the indexes searches read, searchable at their next refresh ({@code refresh-interval}): for the
         * follow-ups, which rebuild people's documents after the change itself is searchable, and whose
         * forced refreshes of the largest index would cost more than they give.
         */
        LIVE_AT_NEXT_REFRESH,
        /** Into new indexes nobody reads yet, which are refreshed once when complete. */
        REBUILD;

        boolean live() {
            return this != REBUILD;
        }
    }

    private final ElasticsearchClient client;
    private final ApplicationEventPublisher<IndexesWritten> events;

    BulkWriter(ElasticsearchClient client, ApplicationEventPublisher<IndexesWritten> events) {
        this.client = client;
        this.events = events;
    }

    /**
     * Writes into the concrete or alias names {@code target} gives for each index; a write into the live
     * indexes announces the documents it wrote as {@link IndexesWritten}.
     *
     * @return the documents Elasticsearch refused, each with its reason; empty when all were written
     */
    public Map<DocumentRef, String> write(List<DocumentWrite> writes, long version,
                                          Function<RegistryIndex, String> target, Mode mode) {
        var refused = new HashMap<DocumentRef, String>();
        var live = mode.live();
        for (int from = 0; from < writes.size(); from += CHUNK) {
            var chunk = writes.subList(from, Math.min(writes.size(), from + CHUNK));
            var request = BulkRequest.of(bulk -> bulk.requireAlias(live)
                    .refresh(mode == Mode.LIVE ? Refresh.True : Refresh.False)
                    .operations(chunk.stream().map(write -> operation(write, version, target)).toList()));
            var items = Requests.send("indexing " + chunk.size() + " documents", () -> client.bulk(request)).items();
            for (int i = 0; i < items.size(); i++) {
                var reason = refusal(items.get(i));
                if (reason != null) {
                    refused.put(chunk.get(i).ref(), reason);
                }
            }
        }
        if (live && !writes.isEmpty()) {
            var written = new LinkedHashSet<DocumentRef>();
            writes.forEach(write -> written.add(write.ref()));
            events.publishEvent(IndexesWritten.of(written));
        }
        return refused;
    }

    private static BulkOperation operation(DocumentWrite write, long version, Function<RegistryIndex, String> target) {
        var index = target.apply(write.ref().index());
        var id = write.ref().id();
        if (write.deletes()) {
            return BulkOperation.of(op -> op.delete(delete -> delete.index(index).id(id)
                    .version(version).versionType(VersionType.External)));
        }
        return BulkOperation.of(op -> op.index(put -> put.index(index).id(id)
                .version(version).versionType(VersionType.External).document(write.source())));
    }

    /** Why Elasticsearch refused the item, or null when it is done: written, gone, or outdone by a newer write. */
    private static String refusal(BulkResponseItem item) {
        var error = item.error();
        if (error == null || VERSION_CONFLICT.equals(error.type())) {
            return null;
        }
        return error.type() + ": " + error.reason();
    }
}
