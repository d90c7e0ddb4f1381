package org.jointresearch.registry.api.programme;

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
import org.jointresearch.registry.core.programme.ProgrammeFilter;
import org.jointresearch.registry.core.programme.ProgrammeKind;
import org.jointresearch.registry.core.programme.Programmes;

import java.net.URI;
import java.util.UUID;

/** Exchange and training programmes over HTTP: list, register, read, replace, patch and delete. */
@ProblemResponses
@Controller("/api/v1/programmes")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeController {

    private final Programmes programmes;
    private final MergePatch mergePatch;

    ProgrammeController(Programmes programmes, MergePatch mergePatch) {
        this.programmes = programmes;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<ProgrammeResponse> list(@QueryValue @Nullable UUID institution,
                                    @QueryValue @Nullable ProgrammeKind kind,
                                    @QueryValue @Nullable UUID agreement,
                                    @QueryValue @Nullable Integer page,
                                    @QueryValue @Nullable Integer size) {
        var filter = new ProgrammeFilter(institution, kind, agreement);
        return Listing.of(programmes.list(filter, Paging.of(page, size, Sort.UNSORTED)), ProgrammeResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ProgrammeResponse> create(@Body ProgrammeRequest request) {
        var created = programmes.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(ProgrammeResponse.of(created),
                URI.create("/api/v1/programmes/" + created.programme().id())), created.programme().version());
    }

    @Get("/{id}")
    HttpResponse<ProgrammeResponse> get(UUID id) {
        var programme = programmes.get(id);
        return Etags.tagged(HttpResponse.ok(ProgrammeResponse.of(programme)), programme.programme().version());
    }

    @Put("/{id}")
    HttpResponse<ProgrammeResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                            @Body ProgrammeRequest request) {
        var updated = programmes.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(ProgrammeResponse.of(updated)), updated.programme().version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<ProgrammeResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                          @Body String patch) {
        var current = programmes.get(id);
        var patched = mergePatch.apply(ProgrammeRequest.of(current), patch, ProgrammeRequest.class);
        var updated = programmes.update(id, Etags.expectedVersion(ifMatch, current.programme().version()),
                patched.toDraft());
        return Etags.tagged(HttpResponse.ok(ProgrammeResponse.of(updated)), updated.programme().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        programmes.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
