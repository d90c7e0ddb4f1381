package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.people.PersonHit;

import java.util.List;
import java.util.UUID;

/** Where a person found works, and as what. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Affiliated(UUID institutionId, String name, @Nullable String nameZh, @Nullable String position) {

    static List<Affiliated> of(List<PersonHit.Post> posts) {
        return posts.stream().map(post -> new Affiliated(UUID.fromString(post.institutionId()), post.name(),
                post.nameZh(), post.position())).toList();
    }
}
