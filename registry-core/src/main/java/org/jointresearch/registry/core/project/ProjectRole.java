package org.jointresearch.registry.core.project;

/** What a person does in a project; a project has at most one {@code LEAD}. */
public enum ProjectRole {
    LEAD,
    CO_INVESTIGATOR,
    MEMBER,
    STUDENT
}
