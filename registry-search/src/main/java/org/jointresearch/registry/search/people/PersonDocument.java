package org.jointresearch.registry.search.people;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.Lists;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in the {@code people} index: who they are, what they work on (expertise, disciplines, and
 * their projects, so that collaborator search can rank them by both and show the matching projects),
 * and where they work. Never their e-mail address. Mapped by {@code index/people.json}.
 */
public record PersonDocument(
        String id,
        String name,
        @Nullable String nameZh,
        @Nullable String honorific,
        @Nullable String orcid,
        @Nullable String expertise,
        List<String> disciplineCodes,
        List<String> disciplineAncestors,
        List<String> disciplineNames,
        List<Affiliation> affiliations,
        List<Work> projects) {

    public PersonDocument {
        disciplineCodes = Lists.orEmpty(disciplineCodes);
        disciplineAncestors = Lists.orEmpty(disciplineAncestors);
        disciplineNames = Lists.orEmpty(disciplineNames);
        affiliations = Lists.orEmpty(affiliations);
        projects = Lists.orEmpty(projects);
    }

    /** A post at an institution, with every name the institution goes by. */
    public record Affiliation(String institutionId, String name, @Nullable String nameZh, List<String> aliases,
                              @Nullable String position,
                              @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate from,
                              @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate to) {

        public Affiliation {
            aliases = Lists.orEmpty(aliases);
        }
    }

    /**
     * A project the person works on, in which role, with its title, keywords and the names of its
     * disciplines (as in {@code projects}); a nested object so a query can tell which one matched.
     * <p>
     * Not its summary: a project has three people on average, so summaries here would make the people index
     * three times the size of the projects index, for every rebuild and every follow-up of a project's change
     * to index. What a person works on shows in the title, keywords and disciplines of their projects.
     */
    public record Work(String id, String title, List<String> keywords,
                       List<String> disciplineNames, String role, String status) {

        public Work {
            keywords = Lists.orEmpty(keywords);
            disciplineNames = Lists.orEmpty(disciplineNames);
        }
    }
}
