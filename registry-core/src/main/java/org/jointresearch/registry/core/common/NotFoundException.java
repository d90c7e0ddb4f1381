package org.jointresearch.registry.core.common;

/** Nothing of this kind has the given identifier. */
public final class NotFoundException extends RegistryException {

    public NotFoundException(String entity, Object id) {
        super("No " + entity + " has the id " + id + ".");
    }
}
