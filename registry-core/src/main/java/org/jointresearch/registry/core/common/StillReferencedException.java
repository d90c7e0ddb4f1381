package org.jointresearch.registry.core.common;

/** A record cannot be deleted while others still refer to it; the registry never cascades silently. */
public final class StillReferencedException extends RegistryException {

    public StillReferencedException(String entity, Object id) {
        super("The " + entity + " " + id + " is still referenced by other records; remove those references first.");
    }
}
