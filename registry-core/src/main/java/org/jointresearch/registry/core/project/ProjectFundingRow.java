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
        return new ProjectFundingRow(key, funding.source().strip(), funding.amount(), funding.currency());
    }

    Funding toFunding() {
        return new Funding(source, amount, currency);
    }
}
