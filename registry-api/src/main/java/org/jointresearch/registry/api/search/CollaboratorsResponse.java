package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.collaborators.Collaborator;
import org.jointresearch.registry.search.collaborators.CollaboratorSearch;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of researchers who work on a topic, best first, and the cursor of the next (null on the last). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CollaboratorsResponse(long total, List<Item> items, @Nullable String nextCursor) {

    static CollaboratorsResponse of(CollaboratorSearch.Results results) {
        return new CollaboratorsResponse(results.total(), results.items().stream().map(Item::of).toList(),
                results.nextCursor());
    }

    /**
     * A researcher and the evidence: in {@code highlights} the passages of their expertise that match the
     * topic, in {@code evidence} their projects that do, with their role in each.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(UUID id, String name, @Nullable String nameZh, @Nullable String honorific,
                       List<Affiliated> affiliations, @Nullable String expertise, Map<String, List<String>> highlights,
                       List<Evidence> evidence, @Nullable Double score) {

        static Item of(Collaborator found) {
            return new Item(UUID.fromString(found.id()), found.name(), found.nameZh(), found.honorific(),
                    Affiliated.of(found.affiliations()), found.expertise(), found.highlights(),
                    found.evidence().stream().map(project -> new Evidence(UUID.fromString(project.projectId()),
                            project.title(), project.role(), project.status())).toList(),
                    found.score());
        }
    }

    /** A project of the researcher's that matches the topic; {@code role} is theirs in it. */
    @Serdeable
    public record Evidence(UUID projectId, String title, String role, String status) {
    }
}
