package org.jointresearch.registry.search.index;

import java.util.Optional;
import java.util.UUID;

/** Reads the record ids that document ids and outbox rows carry as text. */
public final class Ids {

    private Ids() {
    }

    /** The id as a UUID; empty when it is not one, as no record then has it. */
    public static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
