package org.jointresearch.registry.core.project;

import java.util.Set;

/** What a person does in a project; a project has at most one {@code LEAD}. */
public enum ProjectRole {
    LEAD,
    CO_INVESTIGATOR,
    MEMBER,
    STUDENT;

    /** The roles of those who steer a project and so may change it. */
    public static final Set<ProjectRole> STEERING = Set.of(LEAD, CO_INVESTIGATOR);
}
