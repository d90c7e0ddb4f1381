package org.jointresearch.registry.core.project;

/** Where a joint project stands. */
public enum ProjectStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    SUSPENDED
}
