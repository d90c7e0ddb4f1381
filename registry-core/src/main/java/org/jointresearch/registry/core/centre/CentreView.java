package org.jointresearch.registry.core.centre;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A joint research centre with the institutions that run it and its directors, in the order given;
 * flat in JSON so the audit trail lists each changed field on its own.
 */
@Serdeable
public record CentreView(@JsonUnwrapped Centre centre, List<UUID> institutionIds, List<UUID> directorIds) {
}
