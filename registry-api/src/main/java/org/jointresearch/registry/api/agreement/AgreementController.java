package org.jointresearch.registry.api.agreement;

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
import org.jointresearch.registry.core.agreement.AgreementFilter;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.agreement.Agreements;

import java.net.URI;
import java.util.UUID;

/** Agreements over HTTP: list, register, read, replace, patch, delete. */
@ProblemResponses
@Controller("/api/v1/agreements")
@ExecuteOn(TaskExecutors.BLOCKING)
class AgreementController {

    private final Agreements agreements;
    private final MergePatch mergePatch;

    AgreementController(Agreements agreements, MergePatch mergePatch) {
        this.agreements = agreements;
        this.mergePatch = mergePatch;
    }

    /** Newest signature first; {@code institution} keeps the agreements it is a party to. */
    @Get
    Listing<AgreementResponse> list(@QueryValue @Nullable UUID institution,
                                    @QueryValue @Nullable AgreementStatus status,
                                    @QueryValue @Nullable AgreementKind kind,
                                    @QueryValue @Nullable Integer page,
                                    @QueryValue @Nullable Integer size) {
        var filter = new AgreementFilter(institution, status, kind);
        return Listing.of(agreements.list(filter, Paging.of(page, size, Sort.UNSORTED)), AgreementResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<AgreementResponse> create(@Body AgreementRequest request) {
        var created = agreements.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(AgreementResponse.of(created),
                URI.create("/api/v1/agreements/" + created.id())), created.version());
    }

    @Get("/{id}")
    HttpResponse<AgreementResponse> get(UUID id) {
        var agreement = agreements.get(id);
        return Etags.tagged(HttpResponse.ok(AgreementResponse.of(agreement)), agreement.version());
    }

    @Put("/{id}")
    HttpResponse<AgreementResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                            @Body AgreementRequest request) {
        var updated = agreements.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(AgreementResponse.of(updated)), updated.version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<AgreementResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                          @Body String patch) {
        var current = agreements.get(id);
        var patched = mergePatch.apply(AgreementRequest.of(current), patch, AgreementRequest.class);
        var updated = agreements.update(id, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(AgreementResponse.of(updated)), updated.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        agreements.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
