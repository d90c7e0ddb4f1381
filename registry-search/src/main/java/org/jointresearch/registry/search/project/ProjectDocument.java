package org.jointresearch.registry.search.project;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.document.Lists;
import org.jointresearch.registry.search.document.NamedPart;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint project in the {@code projects} index: what full text, filters, facets and sorting need, with
 * the names of everything it refers to embedded so that a search needs no second look-up. Mapped by
 * {@code index/projects.json}; see the module README for each field's analysis.
 */
public record ProjectDocument(
        String id,
        String title,
        @Nullable String summary,
        List<String> keywords,
        List<String> disciplineCodes,
        List<String> disciplineAncestors,
        List<String> disciplineNames,
        List<InstitutionPart> institutions,
        @Nullable NamedPart centre,
        @Nullable NamedPart team,
        @Nullable String agreementId,
        List<Member> people,
        String status,
        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate startsOn,
        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate endsOn,
        @Nullable Integer startYear) {

    public ProjectDocument {
        keywords = Lists.orEmpty(keywords);
        disciplineCodes = Lists.orEmpty(disciplineCodes);
        disciplineAncestors = Lists.orEmpty(disciplineAncestors);
        disciplineNames = Lists.orEmpty(disciplineNames);
        institutions = Lists.orEmpty(institutions);
        people = Lists.orEmpty(people);
    }

    /** Someone working on the project, by name in both scripts, and their role (LEAD, STUDENT, ...). */
    public record Member(String personId, String name, @Nullable String nameZh, String role) {
    }
}
