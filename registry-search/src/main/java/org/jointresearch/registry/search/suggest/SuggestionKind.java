package org.jointresearch.registry.search.suggest;

import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.project.Projects;

/** What a suggestion names, as the {@code kind} parameter and field spell it. */
public enum SuggestionKind {
    PROJECT(Projects.ENTITY),
    PERSON(People.ENTITY),
    CENTRE(Centres.ENTITY),
    INSTITUTION(Institutions.ENTITY),
    DISCIPLINE(Disciplines.ENTITY);

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
