package org.jointresearch.registry.api.web.collaborators;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.search.collaborators.Collaborator;
import org.jointresearch.registry.search.query.SearchResults;

import java.util.List;

/**
 * What the collaborator finder shows: its form with the institutions and disciplines to choose from, and, once
 * asked, the researchers found, each with the evidence: their projects that match, and their role in each.
 *
 * @param choices     the institutions (by id) and disciplines (by code) the selects offer
 * @param researchers null until the reader asks
 */
public record FinderPage(FinderParameters parameters, Choices choices, @Nullable List<Researcher> researchers,
                         long total, @Nullable String moreHref) {

    /** The institutions and disciplines the form's selects offer. */
    public record Choices(List<Choice> institutions, List<Choice> disciplines) {
    }

    /** One entry of a select: the value it sends, the names it shows, and how deep in a tree it sits. */
    public record Choice(String value, String name, @Nullable String nameZh, int depth) {

        /** Indentation that shows the depth inside an option, where no markup may go. */
        public String indent() {
            return "\u00a0\u00a0".repeat(depth);
        }

        /** The option's text: the name in the reader's script first, the other one after it. */
        public String label(boolean chineseFirst) {
            if (nameZh == null || nameZh.isBlank()) {
                return indent() + name;
            }
            return indent() + (chineseFirst ? nameZh + " " + name : name + " " + nameZh);
        }
    }

    /** A researcher found, where they work, and their projects that match the topic. */
    public record Researcher(Ref person, List<Ref> institutions, @Nullable String expertise, List<Evidence> evidence) {

        static Researcher of(Collaborator found) {
            var institutions = found.affiliations().stream().map(post -> new Ref("/institutions/" + post.institutionId(),
                    post.name(), post.nameZh())).toList();
            var evidence = found.evidence().stream().map(project -> new Evidence(new Ref(
                    "/projects/" + project.projectId(), project.title(), null), ProjectRole.valueOf(project.role())))
                    .toList();
            return new Researcher(new Ref("/people/" + found.id(), found.name(), found.nameZh()), institutions,
                    found.expertise(), evidence);
        }
    }

    /** A matching project, and the part the researcher plays in it. */
    public record Evidence(Ref project, ProjectRole role) {
    }

    static FinderPage form(FinderParameters parameters, Choices choices) {
        return new FinderPage(parameters, choices, null, 0, null);
    }

    static FinderPage found(FinderParameters parameters, Choices choices, SearchResults<Collaborator> results) {
        return new FinderPage(parameters, choices, results.items().stream().map(Researcher::of).toList(),
                results.total(), results.nextCursor() == null ? null : parameters.withCursor(results.nextCursor()));
    }
}
