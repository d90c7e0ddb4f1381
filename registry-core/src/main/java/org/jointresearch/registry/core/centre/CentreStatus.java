package org.jointresearch.registry.core.centre;

/** Where a joint research centre stands: agreed but not yet running, running, or wound up. */
public enum CentreStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}
