package org.jointresearch.registry.api.person;

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
import org.jointresearch.registry.api.security.AccessPolicy;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.person.PersonView;

import java.net.URI;
import java.util.UUID;

/** People over HTTP: list, register, read, replace, patch, delete. */
@ProblemResponses
@Controller("/api/v1/people")
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonController {

    private final People people;
    private final MergePatch mergePatch;
    private final AccessPolicy access;

    PersonController(People people, MergePatch mergePatch, AccessPolicy access) {
        this.people = people;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    /** By name; {@code discipline} covers the code's whole subtree, {@code q} matches part of a name. */
    @Get
    Listing<PersonResponse> list(@QueryValue @Nullable UUID institution,
                                 @QueryValue @Nullable String discipline,
                                 @QueryValue @Nullable String q,
                                 @QueryValue @Nullable Integer page,
                                 @QueryValue @Nullable Integer size) {
        var filter = new PersonFilter(institution, discipline, q);
        var emailReadable = access.readableEmails();
        return Listing.of(people.list(filter, Paging.of(page, size, Sort.UNSORTED)),
                view -> PersonResponse.of(view, emailReadable));
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<PersonResponse> create(@Body PersonRequest request) {
        var created = people.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(shown(created),
                URI.create("/api/v1/people/" + created.id())), created.version());
    }

    @Get("/{id}")
    HttpResponse<PersonResponse> get(UUID id) {
        var person = people.get(id);
        return Etags.tagged(HttpResponse.ok(shown(person)), person.version());
    }

    @Put("/{id}")
    HttpResponse<PersonResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                         @Body PersonRequest request) {
        var updated = people.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(shown(updated)), updated.version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<PersonResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                       @Body String patch) {
        var current = people.get(id);
        var patched = mergePatch.apply(PersonRequest.of(current), patch, PersonRequest.class);
        var updated = people.update(id, Etags.expectedVersion(ifMatch, current.version()), patched.toDraft());
        return Etags.tagged(HttpResponse.ok(shown(updated)), updated.version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        people.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }

    private PersonResponse shown(PersonView view) {
        return PersonResponse.of(view, access.readableEmails());
    }
}
