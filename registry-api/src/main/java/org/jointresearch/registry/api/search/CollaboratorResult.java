package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.collaborators.Collaborator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A researcher who works on the topic, and the evidence: in {@code highlights} the passages of their expertise
 * that match it, in {@code evidence} their projects that do, with their role in each. {@code score} is null
 * without a topic.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CollaboratorResult(UUID id, String name, @Nullable String nameZh, @Nullable String honorific,
                                 List<Affiliated> affiliations, @Nullable String expertise,
                                 Map<String, List<String>> highlights, List<Evidence> evidence,
                                 @Nullable Double score) {

    static CollaboratorResult of(Collaborator found) {
        return new CollaboratorResult(UUID.fromString(found.id()), found.name(), found.nameZh(), found.honorific(),
                Affiliated.of(found.affiliations()), found.expertise(), found.highlights(),
                found.evidence().stream().map(project -> new Evidence(UUID.fromString(project.projectId()),
                        project.title(), project.role(), project.status())).toList(),
                found.score());
    }

    /** A project of the researcher's that matches the topic; {@code role} is theirs in it. */
    @Serdeable
    public record Evidence(UUID projectId, String title, String role, String status) {
    }
}
