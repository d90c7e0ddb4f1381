package org.jointresearch.registry.api.user;

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
import org.jointresearch.registry.core.account.UserAccounts;

import java.net.URI;
import java.util.UUID;

/** Accounts over HTTP, for administrators only (see AccessPolicy): list, open, read, replace, patch, close. */
@ProblemResponses
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final UserAccounts accounts;
    private final MergePatch mergePatch;

    UserController(UserAccounts accounts, MergePatch mergePatch) {
        this.accounts = accounts;
        this.mergePatch = mergePatch;
    }

    /** By user name. */
    @Get
    Listing<UserResponse> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return Listing.of(accounts.list(Paging.of(page, size, Sort.UNSORTED)),
                UserResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<UserResponse> create(@Body UserRequest request) {
        var created = accounts.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(UserResponse.of(created),
                URI.create("/api/v1/users/" + created.id())), created.version());
    }

    @Get("/{id}")
    HttpResponse<UserResponse> get(UUID id) {
        var account = accounts.get(id);
        return Etags.tagged(HttpResponse.ok(UserResponse.of(account)), account.version());
    }

    @Put("/{id}")
    HttpResponse<UserResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                       @Body UserRequest request) {
        var updated = accounts.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(UserResponse.of(updated)), updated.version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<UserResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                     @Body String patch) {
        var current = accounts.get(id);
        var patched = mergePatch.apply(UserRequest.of(current), patch, UserRequest.class);
        var updated = accounts.update(id, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(UserResponse.of(updated)), updated.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        accounts.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
