package org.jointresearch.registry.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.common.QueryFlag;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportSummary;
import org.jointresearch.registry.core.importer.RegistryImport;

/**
 * {@code POST /api/v1/admin/import}: loads a document in the import format, all or nothing. With
 * {@code rebuildIndex=true} the search indexes take the records in by one rebuild instead of record by record:
 * for large loads, sent in as many requests as they need, then {@code POST /api/v1/admin/reindex} (or the
 * registry starts the rebuild itself once no such import has come for {@code REGISTRY_INDEXER_REBUILD_QUIET}).
 */
@Controller("/api/v1/admin/import")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final RegistryImport registryImport;

    ImportController(RegistryImport registryImport) {
        this.registryImport = registryImport;
    }

    /**
     * @param document     the records, each section keyed by its own keys
     * @param rebuildIndex true to index the import by one rebuild of every search index rather than record
     *                     by record; changes made meanwhile are searchable once that rebuild has run
     */
    @Post
    ImportSummary load(@Body ImportDocument document, @QueryValue @Nullable String rebuildIndex) {
        return registryImport.load(document, QueryFlag.parse("rebuildIndex", rebuildIndex));
    }
}
