package org.jointresearch.registry.api.centre;

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
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.centre.Centres;

import java.net.URI;
import java.util.UUID;

/** Joint research centres over HTTP: list, register, read, replace, patch and delete. */
@ProblemResponses
@Controller("/api/v1/centres")
@ExecuteOn(TaskExecutors.BLOCKING)
class CentreController {

    private final Centres centres;
    private final MergePatch mergePatch;

    CentreController(Centres centres, MergePatch mergePatch) {
        this.centres = centres;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<CentreResponse> list(@QueryValue @Nullable UUID institution,
                                 @QueryValue @Nullable String discipline,
                                 @QueryValue @Nullable CentreStatus status,
                                 @QueryValue @Nullable UUID agreement,
                                 @QueryValue @Nullable Integer page,
                                 @QueryValue @Nullable Integer size) {
        var filter = new CentreFilter(institution, discipline, status, agreement);
        return Listing.of(centres.list(filter, Paging.of(page, size, Sort.UNSORTED)), CentreResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CentreResponse> create(@Body CentreRequest request) {
        var created = centres.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(CentreResponse.of(created),
                URI.create("/api/v1/centres/" + created.centre().id())), created.centre().version());
    }

    @Get("/{id}")
    HttpResponse<CentreResponse> get(UUID id) {
        var centre = centres.get(id);
        return Etags.tagged(HttpResponse.ok(CentreResponse.of(centre)), centre.centre().version());
    }

    @Put("/{id}")
    HttpResponse<CentreResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                         @Body CentreRequest request) {
        var updated = centres.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(CentreResponse.of(updated)), updated.centre().version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<CentreResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                       @Body String patch) {
        var current = centres.get(id);
        var patched = mergePatch.apply(CentreRequest.of(current), patch, CentreRequest.class);
        var updated = centres.update(id, Etags.expectedVersion(ifMatch, current.centre().version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(CentreResponse.of(updated)), updated.centre().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        centres.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
