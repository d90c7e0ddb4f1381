package org.jointresearch.registry.core.common;

/** The caller changed a version of the record that is no longer current: someone else wrote first. */
public final class VersionConflictException extends RegistryException {

    public VersionConflictException(String entity, Object id) {
        super("The " + entity + " " + id + " has changed since you read it; read it again and retry.");
    }
}
