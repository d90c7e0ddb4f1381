package org.jointresearch.registry.core.agreement;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code agreement_party}: the institution at one position of an agreement's parties. */
@MappedEntity("agreement_party")
record PartyRow(@EmbeddedId AgreementRowKey id, UUID institutionId) {
}
