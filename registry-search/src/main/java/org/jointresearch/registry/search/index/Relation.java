package org.jointresearch.registry.search.index;

/**
 * A way one record's documents embed another record: renaming an institution changes the documents of
 * its projects, people and centres. Each relation names the index of the documents that embed.
 */
public enum Relation {
    PROJECTS_OF_INSTITUTION(RegistryIndex.PROJECTS),
    PEOPLE_OF_INSTITUTION(RegistryIndex.PEOPLE),
    CENTRES_OF_INSTITUTION(RegistryIndex.CENTRES),
    PROJECTS_OF_PERSON(RegistryIndex.PROJECTS),
    CENTRES_DIRECTED_BY_PERSON(RegistryIndex.CENTRES),
    PROJECTS_OF_CENTRE(RegistryIndex.PROJECTS),
    PROJECTS_OF_TEAM(RegistryIndex.PROJECTS),
    /** The people on a project, now and as the index last saw them: a person taken off it must lose it too. */
    PEOPLE_ON_PROJECT(RegistryIndex.PEOPLE),
    PROJECTS_UNDER_DISCIPLINE(RegistryIndex.PROJECTS),
    PEOPLE_UNDER_DISCIPLINE(RegistryIndex.PEOPLE),
    /** People's documents list their projects with the projects' discipline names. */
    PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE(RegistryIndex.PEOPLE),
    CENTRES_UNDER_DISCIPLINE(RegistryIndex.CENTRES);

    private final RegistryIndex index;

    Relation(RegistryIndex index) {
        this.index = index;
    }

    /** The index whose documents embed the record. */
    public RegistryIndex index() {
        return index;
    }
}
