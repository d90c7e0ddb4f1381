package org.jointresearch.registry.api.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.api.common.Listing;
import org.jointresearch.registry.api.common.Paging;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.account.UserAccounts;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.area.CollaborationAreas;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.change.ChangeAction;
import org.jointresearch.registry.core.change.ChangeEntry;
import org.jointresearch.registry.core.change.ChangeHistory;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.programme.Programmes;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.Teams;

import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/v1/{resource}/{id}/history}: who changed a record, when and how, newest first. Shown
 * to administrators and to the record's owners (see AccessPolicy).
 */
@Controller("/api/v1")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class HistoryController {

    /** The resource paths whose records keep a history, and the entity type each records under. */
    private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("institutions", Institutions.ENTITY),
            Map.entry("people", People.ENTITY),
            Map.entry("agreements", Agreements.ENTITY),
            Map.entry("disciplines", Disciplines.ENTITY),
            Map.entry("collaboration-areas", CollaborationAreas.ENTITY),
            Map.entry("centres", Centres.ENTITY),
            Map.entry("teams", Teams.ENTITY),
            Map.entry("projects", Projects.ENTITY),
            Map.entry("programmes", Programmes.ENTITY),
            Map.entry("users", UserAccounts.ENTITY));

    private final ChangeHistory history;

    HistoryController(ChangeHistory history) {
        this.history = history;
    }

    @Get("/{resource}/{id}/history")
    Listing<HistoryEntry> history(String resource, String id, @QueryValue @Nullable Integer page,
                                  @QueryValue @Nullable Integer size) {
        var entityType = ENTITY_TYPES.get(resource);
        if (entityType == null) {
            throw new NotFoundException("resource", resource);
        }
        return Listing.of(history.of(entityType, id, Paging.of(page, size, Sort.UNSORTED)), HistoryEntry::of);
    }

    /** One change: {@code changes} maps each changed field to its {@code before} and {@code after}. */
    @Serdeable
    record HistoryEntry(long version, ChangeAction action, String actor, Instant changedAt, Map<String, Object> changes) {

        static HistoryEntry of(ChangeEntry entry) {
            return new HistoryEntry(entry.entityVersion(), entry.action(), entry.actor(), entry.changedAt(),
                    entry.changes());
        }
    }
}
