package org.jointresearch.registry.api.admin;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.search.index.IndexStatuses;
import org.jointresearch.registry.search.index.ReindexJobs;

import java.time.Clock;

/**
 * The search indexes for administrators: {@code POST /api/v1/admin/reindex} rebuilds them from the database
 * in the background (202; asking again while one runs joins it), {@code GET /api/v1/admin/index-status}
 * tells how they and the outbox that feeds them stand.
 */
@Controller("/api/v1/admin")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchIndexController {

    private final ReindexJobs reindex;
    private final IndexStatuses statuses;
    private final Clock clock = Clock.systemUTC();

    SearchIndexController(ReindexJobs reindex, IndexStatuses statuses) {
        this.reindex = reindex;
        this.statuses = statuses;
    }

    @Post("/reindex")
    @Status(HttpStatus.ACCEPTED)
    ReindexResponse reindex() {
        return ReindexResponse.of(reindex.start());
    }

    @Get("/index-status")
    IndexStatusResponse status() {
        return IndexStatusResponse.of(statuses.read(), clock.instant());
    }
}
