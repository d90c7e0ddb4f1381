package org.jointresearch.registry.search.collaborators;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.people.PersonDocument;
import org.jointresearch.registry.search.people.PersonHit;

import java.util.List;
import java.util.Map;

/**
 * A researcher who works on the topic, with the evidence: the passages of their expertise that match it
 * ({@code highlights}) and their projects that do, with their role in each.
 *
 * @param score how well expertise and projects match together; null without a topic
 */
public record Collaborator(String id, String name, @Nullable String nameZh, @Nullable String honorific,
                           List<PersonHit.Post> affiliations, @Nullable String expertise,
                           Map<String, List<String>> highlights, List<Evidence> evidence, @Nullable Double score) {

    /** A project of the person's that matches the topic, and the part they play in it. */
    public record Evidence(String projectId, String title, String role, String status) {

        static Evidence of(PersonDocument.Work work) {
            return new Evidence(work.id(), work.title(), work.role(), work.status());
        }
    }
}
