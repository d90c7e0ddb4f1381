package org.jointresearch.registry.core.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A joint project with its institutions, people and funding, in the order given; flat in JSON so the
 * audit trail lists each changed field on its own.
 */
@Serdeable
public record ProjectView(@JsonUnwrapped Project project, List<UUID> institutionIds, List<ProjectPerson> people,
                          List<Funding> funding) {
}
