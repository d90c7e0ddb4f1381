package org.jointresearch.registry.api.admin;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportSummary;
import org.jointresearch.registry.core.importer.RegistryImport;

/** {@code POST /api/v1/admin/import}: loads a document in the import format, all or nothing. */
@Controller("/api/v1/admin/import")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final RegistryImport registryImport;

    ImportController(RegistryImport registryImport) {
        this.registryImport = registryImport;
    }

    @Post
    ImportSummary load(@Body ImportDocument document) {
        return registryImport.load(document);
    }
}
