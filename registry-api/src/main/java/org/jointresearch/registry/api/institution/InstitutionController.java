package org.jointresearch.registry.api.institution;

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
import org.jointresearch.registry.core.institution.InstitutionFilter;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.institution.Institutions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Institutions over HTTP: list, register, read, replace, patch, delete, and the parent chain. */
@Controller("/api/v1/institutions")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class InstitutionController {

    private final Institutions institutions;
    private final MergePatch mergePatch;

    InstitutionController(Institutions institutions, MergePatch mergePatch) {
        this.institutions = institutions;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<InstitutionResponse> list(@QueryValue @Nullable InstitutionKind kind,
                                      @QueryValue @Nullable UUID parent,
                                      @QueryValue @Nullable String country,
                                      @QueryValue @Nullable Integer page,
                                      @QueryValue @Nullable Integer size) {
        var filter = new InstitutionFilter(kind, parent, country);
        return Listing.of(institutions.list(filter, Paging.of(page, size, Sort.of(Sort.Order.asc("name")))),
                InstitutionResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<InstitutionResponse> create(@Body InstitutionRequest request) {
        var created = institutions.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(InstitutionResponse.of(created),
                URI.create("/api/v1/institutions/" + created.id())), created.version());
    }

    @Get("/{id}")
    HttpResponse<InstitutionResponse> get(UUID id) {
        var institution = institutions.get(id);
        return Etags.tagged(HttpResponse.ok(InstitutionResponse.of(institution)), institution.version());
    }

    @Put("/{id}")
    HttpResponse<InstitutionResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                              @Body InstitutionRequest request) {
        var updated = institutions.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(InstitutionResponse.of(updated)), updated.version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<InstitutionResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                            @Body String patch) {
        var current = institutions.get(id);
        var patched = mergePatch.apply(InstitutionRequest.of(current), patch, InstitutionRequest.class);
        var updated = institutions.update(id, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(InstitutionResponse.of(updated)), updated.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        institutions.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }

    /** The institution's parents up to the root, nearest first (hospital -> school -> university). */
    @Get("/{id}/ancestors")
    List<InstitutionResponse> ancestors(UUID id) {
        return institutions.ancestors(id).stream().map(InstitutionResponse::of).toList();
    }
}
