package org.jointresearch.registry.core.change;

/** What a change did to a record. */
public enum ChangeAction {
    CREATE,
    UPDATE,
    DELETE
}
