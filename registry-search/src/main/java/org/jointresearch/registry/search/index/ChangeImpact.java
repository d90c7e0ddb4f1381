package org.jointresearch.registry.search.index;

import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.Teams;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jointresearch.registry.search.index.Relation.CENTRES_DIRECTED_BY_PERSON;
import static org.jointresearch.registry.search.index.Relation.CENTRES_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.CENTRES_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_ON_PROJECT;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_CENTRE;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_PERSON;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_TEAM;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_UNDER_DISCIPLINE;

/**
 * Which documents a change to one record touches, by the rules alone: the record's own documents, and
 * the relations through which other documents embed it, still to be looked up. Whether the change created,
 * updated or deleted the record does not matter: each document is rebuilt from what the database holds
 * now, and deleted if its record is gone. Agreements, programmes and collaboration areas are in no index.
 *
 * @param documents the record's own documents
 * @param related   the documents embedding the record, as relations from the record
 */
public record ChangeImpact(Set<DocumentRef> documents, Set<Related> related) {

    public static final ChangeImpact NONE = new ChangeImpact(Set.of(), Set.of());

    public static ChangeImpact of(String entityType, String id) {
        return switch (entityType) {
            case Projects.ENTITY -> new ChangeImpact(Set.of(new DocumentRef(RegistryIndex.PROJECTS, id),
                    DocumentRef.suggestion(entityType, id)), related(id, PEOPLE_ON_PROJECT));
            case People.ENTITY -> new ChangeImpact(Set.of(new DocumentRef(RegistryIndex.PEOPLE, id),
                    DocumentRef.suggestion(entityType, id)),
                    related(id, PROJECTS_OF_PERSON, CENTRES_DIRECTED_BY_PERSON));
            case Centres.ENTITY -> new ChangeImpact(Set.of(new DocumentRef(RegistryIndex.CENTRES, id),
                    DocumentRef.suggestion(entityType, id)), related(id, PROJECTS_OF_CENTRE));
            case Institutions.ENTITY -> new ChangeImpact(Set.of(DocumentRef.suggestion(entityType, id)),
                    related(id, PROJECTS_OF_INSTITUTION, PEOPLE_OF_INSTITUTION, CENTRES_OF_INSTITUTION));
            case Disciplines.ENTITY -> new ChangeImpact(Set.of(DocumentRef.suggestion(entityType, id)),
                    related(id, PROJECTS_UNDER_DISCIPLINE, PEOPLE_UNDER_DISCIPLINE, CENTRES_UNDER_DISCIPLINE,
                            PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE));
            case Teams.ENTITY -> new ChangeImpact(Set.of(), related(id, PROJECTS_OF_TEAM));
            default -> NONE;
        };
    }

    /**
     * What must be searchable as soon as the change is: the record's own documents and those of the other
     * records embedding it, but for people's.
     */
    public ChangeImpact immediate() {
        return new ChangeImpact(documents, related.stream().filter(relation -> !isPeople(relation))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The documents of other people embedding the record: a person's document gathers all their projects,
     * so these cost the most to rebuild, and a follow-up rebuilds them once the change is searchable.
     */
    public ChangeImpact deferred() {
        return new ChangeImpact(Set.of(), related.stream().filter(ChangeImpact::isPeople)
                .collect(Collectors.toUnmodifiableSet()));
    }

    private static boolean isPeople(Related relation) {
        return relation.relation().index() == RegistryIndex.PEOPLE;
    }

    private static Set<Related> related(String id, Relation... relations) {
        return Arrays.stream(relations).map(relation -> new Related(relation, id))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The documents that embed record {@code id} through {@code relation}. */
    public record Related(Relation relation, String id) {
    }
}
