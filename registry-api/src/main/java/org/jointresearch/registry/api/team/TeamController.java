package org.jointresearch.registry.api.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.common.Etags;
import org.jointresearch.registry.api.common.Listing;
import org.jointresearch.registry.api.common.MergePatch;
import org.jointresearch.registry.api.common.Paging;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.team.TeamFilter;
import org.jointresearch.registry.core.team.Teams;

import java.net.URI;
import java.util.UUID;

/** Joint research teams over HTTP: list, register, read, replace, patch and delete. */
@ProblemResponses
@Controller("/api/v1/teams")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {

    private final Teams teams;
    private final MergePatch mergePatch;

    TeamController(Teams teams, MergePatch mergePatch) {
        this.teams = teams;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<TeamResponse> list(@QueryValue @Nullable UUID centre,
                               @QueryValue @Nullable UUID institution,
                               @QueryValue @Nullable Integer page,
                               @QueryValue @Nullable Integer size) {
        var filter = new TeamFilter(centre, institution);
        return Listing.of(teams.list(filter, Paging.of(page, size, Sort.UNSORTED)), TeamResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<TeamResponse> create(@Body TeamRequest request) {
        var created = teams.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(TeamResponse.of(created),
                URI.create("/api/v1/teams/" + created.team().id())), created.team().version());
    }

    @Get("/{id}")
    HttpResponse<TeamResponse> get(UUID id) {
        var team = teams.get(id);
        return Etags.tagged(HttpResponse.ok(TeamResponse.of(team)), team.team().version());
    }

    @Put("/{id}")
    HttpResponse<TeamResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                       @Body TeamRequest request) {
        var updated = teams.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(TeamResponse.of(updated)), updated.team().version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<TeamResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                     @Body String patch) {
        var current = teams.get(id);
        var patched = mergePatch.apply(TeamRequest.of(current), patch, TeamRequest.class);
        var updated = teams.update(id, Etags.expectedVersion(ifMatch, current.team().version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(TeamResponse.of(updated)), updated.team().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        teams.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
