package org.jointresearch.registry.api.area;

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
import org.jointresearch.registry.core.area.CollaborationAreas;

import java.net.URI;

/** Collaboration areas over HTTP, each addressed by its code: list, add, read, replace, patch, delete. */
@ProblemResponses
@Controller("/api/v1/collaboration-areas")
@ExecuteOn(TaskExecutors.BLOCKING)
class CollaborationAreaController {

    private final CollaborationAreas areas;
    private final MergePatch mergePatch;

    CollaborationAreaController(CollaborationAreas areas, MergePatch mergePatch) {
        this.areas = areas;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<CollaborationAreaResponse> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return Listing.of(areas.list(Paging.of(page, size, Sort.of(Sort.Order.asc("code")))),
                CollaborationAreaResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<CollaborationAreaResponse> create(@Body CollaborationAreaRequest request) {
        var created = areas.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(CollaborationAreaResponse.of(created),
                URI.create("/api/v1/collaboration-areas/" + created.code())), created.version());
    }

    @Get("/{code}")
    HttpResponse<CollaborationAreaResponse> get(String code) {
        var area = areas.get(code);
        return Etags.tagged(HttpResponse.ok(CollaborationAreaResponse.of(area)), area.version());
    }

    @Put("/{code}")
    HttpResponse<CollaborationAreaResponse> replace(String code,
                                                    @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                                    @Body CollaborationAreaRequest request) {
        var updated = areas.update(code, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(CollaborationAreaResponse.of(updated)), updated.version());
    }

    @Patch("/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<CollaborationAreaResponse> patch(String code,
                                                  @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                                  @Body String patch) {
        var current = areas.get(code);
        var patched = mergePatch.apply(CollaborationAreaRequest.of(current), patch, CollaborationAreaRequest.class);
        var updated = areas.update(code, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(CollaborationAreaResponse.of(updated)), updated.version());
    }

    @Delete("/{code}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(String code, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        areas.delete(code, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
