package org.jointresearch.registry.search.document;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.Teams;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Opens a fresh {@link Lookup} for each batch of documents. */
@Singleton
public class Lookups {

    /** More than the discipline tree will ever hold, so one page reads it whole. */
    private static final int WHOLE_TREE = 10_000;

    private final Institutions institutions;
    private final People people;
    private final Projects projects;
    private final Centres centres;
    private final Teams teams;
    private final Disciplines disciplines;

    Lookups(Institutions institutions, People people, Projects projects, Centres centres, Teams teams,
            Disciplines disciplines) {
        this.institutions = institutions;
        this.people = people;
        this.projects = projects;
        this.centres = centres;
        this.teams = teams;
        this.disciplines = disciplines;
    }

    public Lookup open() {
        return new Lookup(institutions, people, projects, centres, teams, new Lookup.DisciplineTree(this::tree));
    }

    private Map<String, Discipline> tree() {
        return disciplines.list(null, Pageable.from(0, WHOLE_TREE)).getContent().stream()
                .collect(Collectors.toMap(Discipline::code, Function.identity()));
    }
}
