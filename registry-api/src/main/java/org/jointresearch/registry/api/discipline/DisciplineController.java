package org.jointresearch.registry.api.discipline;

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
import org.jointresearch.registry.core.discipline.Disciplines;

import java.net.URI;

/** The discipline tree over HTTP, each discipline addressed by its code: list, add, read, replace, patch, delete. */
@ProblemResponses
@Controller("/api/v1/disciplines")
@ExecuteOn(TaskExecutors.BLOCKING)
class DisciplineController {

    private final Disciplines disciplines;
    private final MergePatch mergePatch;

    DisciplineController(Disciplines disciplines, MergePatch mergePatch) {
        this.disciplines = disciplines;
        this.mergePatch = mergePatch;
    }

    /** In tree order; {@code ?parent=3.2} lists the children of Clinical medicine. */
    @Get
    Listing<DisciplineResponse> list(@QueryValue @Nullable String parent,
                                     @QueryValue @Nullable Integer page,
                                     @QueryValue @Nullable Integer size) {
        return Listing.of(disciplines.list(parent, Paging.of(page, size, Sort.UNSORTED)), DisciplineResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<DisciplineResponse> create(@Body DisciplineRequest request) {
        var created = disciplines.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(DisciplineResponse.of(created),
                URI.create("/api/v1/disciplines/" + created.code())), created.version());
    }

    @Get("/{code}")
    HttpResponse<DisciplineResponse> get(String code) {
        var discipline = disciplines.get(code);
        return Etags.tagged(HttpResponse.ok(DisciplineResponse.of(discipline)), discipline.version());
    }

    @Put("/{code}")
    HttpResponse<DisciplineResponse> replace(String code, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                             @Body DisciplineRequest request) {
        var updated = disciplines.update(code, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(DisciplineResponse.of(updated)), updated.version());
    }

    @Patch("/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<DisciplineResponse> patch(String code, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                           @Body String patch) {
        var current = disciplines.get(code);
        var patched = mergePatch.apply(DisciplineRequest.of(current), patch, DisciplineRequest.class);
        var updated = disciplines.update(code, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(DisciplineResponse.of(updated)), updated.version());
    }

    @Delete("/{code}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(String code, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        disciplines.delete(code, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
