package org.jointresearch.registry.core.common;

/** Optimistic locking as the services apply it: a caller who names a version must name the current one. */
public final class Versions {

    private Versions() {
    }

    /** Refuses the change when {@code expected} is given and differs from {@code current}. */
    public static void require(String entity, Object id, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new VersionConflictException(entity, id);
        }
    }
}
