package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.document.Lookup;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds, in the database, the documents that embed a record through a {@link Relation}. */
@Singleton
class RelatedDocuments {

    private final Projects projects;
    private final People people;
    private final Centres centres;

    RelatedDocuments(Projects projects, People people, Centres centres) {
        this.projects = projects;
        this.people = people;
        this.centres = centres;
    }

    /**
     * The documents embedding the record.
     *
     * @param listed for {@link Relation#PEOPLE_ON_PROJECT}: the person documents the index says list each project
     */
    Set<DocumentRef> of(ChangeImpact.Related related, Lookup lookup, Map<String, Set<String>> listed) {
        var ids = new HashSet<String>();
        if (related.relation() == Relation.PEOPLE_ON_PROJECT) {
            ids.addAll(listed.getOrDefault(related.id(), Set.of()));
        }
        ids.addAll(ids(related, lookup).stream().map(UUID::toString).toList());
        return ids.stream().map(id -> new DocumentRef(related.relation().index(), id)).collect(Collectors.toSet());
    }

    private List<UUID> ids(ChangeImpact.Related related, Lookup lookup) {
        var key = related.id();
        return switch (related.relation()) {
            case PROJECTS_OF_INSTITUTION -> byId(key, id -> projects.ids(ProjectFilter.ofInstitution(id)));
            case PEOPLE_OF_INSTITUTION -> byId(key, id -> people.ids(PersonFilter.ofInstitution(id)));
            case CENTRES_OF_INSTITUTION -> byId(key, id -> centres.ids(new CentreFilter(id, null, null, null)));
            case PROJECTS_OF_PERSON -> byId(key, projects::idsOfPerson);
            case CENTRES_DIRECTED_BY_PERSON -> byId(key, centres::idsDirectedBy);
            case PROJECTS_OF_CENTRE -> byId(key, id -> projects.ids(ProjectFilter.ofCentre(id)));
            case PROJECTS_OF_TEAM -> byId(key, id -> projects.ids(ProjectFilter.ofTeam(id)));
            case PEOPLE_ON_PROJECT -> byId(key, id -> lookup.project(id)
                    .map(view -> view.people().stream().map(ProjectPerson::personId).toList()).orElse(List.of()));
            case PROJECTS_UNDER_DISCIPLINE -> projects.ids(ProjectFilter.ofDiscipline(key));
            case PEOPLE_UNDER_DISCIPLINE -> people.ids(PersonFilter.ofDiscipline(key));
            case PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE -> projects.ids(ProjectFilter.ofDiscipline(key)).stream()
                    .flatMap(id -> lookup.project(id).stream()).flatMap(view -> view.people().stream())
                    .map(ProjectPerson::personId).distinct().toList();
            case CENTRES_UNDER_DISCIPLINE -> centres.ids(new CentreFilter(null, key, null, null));
        };
    }

    /** Ids found from a record id; none when the id is not a UUID, for then no record has it. */
    private static List<UUID> byId(String key, Function<UUID, List<UUID>> find) {
        return Ids.uuid(key).map(find).orElse(List.of());
    }
}
