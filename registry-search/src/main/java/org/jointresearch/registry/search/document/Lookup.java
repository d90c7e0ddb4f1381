package org.jointresearch.registry.search.document;

import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.TeamView;
import org.jointresearch.registry.core.team.Teams;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads the records documents are built from, each at most once: a batch of documents often embeds the
 * same institution or person many times. Short-lived: one per batch, so it never serves stale records
 * for long. A record that is gone reads as empty (never as an exception, which would doom the transaction
 * the reads take part in).
 */
public final class Lookup {

    private final Institutions institutions;
    private final People people;
    private final Projects projects;
    private final Centres centres;
    private final Teams teams;
    private final DisciplineTree disciplines;
    private final Map<Object, Optional<?>> read = new HashMap<>();

    Lookup(Institutions institutions, People people, Projects projects, Centres centres, Teams teams,
           DisciplineTree disciplines) {
        this.institutions = institutions;
        this.people = people;
        this.projects = projects;
        this.centres = centres;
        this.teams = teams;
        this.disciplines = disciplines;
    }

    public Optional<Institution> institution(UUID id) {
        return once(new Key("institution", id), () -> institutions.find(id));
    }

    public Optional<PersonView> person(UUID id) {
        return once(new Key("person", id), () -> people.find(id));
    }

    public Optional<ProjectView> project(UUID id) {
        return once(new Key("project", id), () -> projects.find(id));
    }

    /** Reads these projects together ahead of their one-by-one use, so a batch pays a few queries, not four per project. */
    public void preloadProjects(Collection<UUID> ids) {
        var wanted = ids.stream().filter(id -> !read.containsKey(new Key("project", id))).toList();
        var found = new HashMap<UUID, ProjectView>();
        projects.findAll(wanted).forEach(view -> found.put(view.project().id(), view));
        wanted.forEach(id -> read.put(new Key("project", id), Optional.ofNullable(found.get(id))));
    }

    /** The ids of the projects the person works on. */
    public List<UUID> projectIdsOf(UUID personId) {
        return once(new Key("projects of", personId), () -> Optional.of(projects.idsOfPerson(personId))).orElseThrow();
    }

    /** Reads the projects of these people together, and the people's lists of them, ahead of their use. */
    public void preloadProjectsOfPeople(Collection<UUID> personIds) {
        var wanted = personIds.stream().filter(id -> !read.containsKey(new Key("projects of", id))).toList();
        var byPerson = projects.idsOfPeople(wanted);
        wanted.forEach(id -> read.put(new Key("projects of", id), Optional.of(byPerson.getOrDefault(id, List.of()))));
        preloadProjects(byPerson.values().stream().flatMap(List::stream).distinct().toList());
    }

    public Optional<CentreView> centre(UUID id) {
        return once(new Key("centre", id), () -> centres.find(id));
    }

    public Optional<TeamView> team(UUID id) {
        return once(new Key("team", id), () -> teams.find(id));
    }

    public Optional<Discipline> discipline(String code) {
        return disciplines.find(code);
    }

    /** Codes, ancestors and names in both languages of what a record is classified by. */
    public DisciplineFields disciplineFields(Iterable<String> codes) {
        return DisciplineFields.of(codes, disciplines::find);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> once(Key key, Supplier<Optional<T>> read) {
        return (Optional<T>) this.read.computeIfAbsent(key, ignored -> read.get());
    }

    private record Key(String type, Object id) {
    }

    /** The discipline tree, read whole on first use: it is small and nearly every document needs it. */
    static final class DisciplineTree {

        private final Supplier<Map<String, Discipline>> load;
        private Map<String, Discipline> byCode;

        DisciplineTree(Supplier<Map<String, Discipline>> load) {
            this.load = load;
        }

        Optional<Discipline> find(String code) {
            if (byCode == null) {
                byCode = load.get();
            }
            return Optional.ofNullable(byCode.get(code));
        }
    }
}
