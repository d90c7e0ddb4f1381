package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** The row of one source of a project's funding. */
@MappedEntity("project_funding")
record ProjectFundingRow(@EmbeddedId ProjectRowKey key, String source, @Nullable BigDecimal amount,
                         @Nullable String currency) {

    static ProjectFundingRow of(ProjectRowKey key, Funding funding) {
        var stored = funding.asStored();
        return new ProjectFundingRow(key, stored.source(), stored.amount(), stored.currency());
    }

    Funding toFunding() {
        return new Funding(source, amount, currency);
    }
}
