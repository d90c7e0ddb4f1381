package org.jointresearch.registry.core.programme;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * An exchange or training programme with its partner institutions, in the order given; flat in JSON so
 * the audit trail lists each changed field on its own.
 */
@Serdeable
public record ProgrammeView(@JsonUnwrapped Programme programme, List<UUID> partnerInstitutionIds) {
}
