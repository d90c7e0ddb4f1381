package org.jointresearch.registry.core.common;

/** A value that must be unique (a ROR id, an ORCID, a name) is already taken by another record. */
public final class DuplicateException extends RegistryException {

    private final String field;

    public DuplicateException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
