package org.jointresearch.registry.core.agreement;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** The key of a row in one of an agreement's lists: the agreement and the place in the list. */
@Embeddable
record AgreementRowKey(@MappedProperty("agreement_id") UUID agreementId,
                       @MappedProperty("position_index") int positionIndex) {
}
