package org.jointresearch.registry.core.agreement;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.Institutions;

import java.util.UUID;

/** Answers "who are our partners?": the institutions that share at least one agreement with a given one. */
@Singleton
public class Partners {

    private final PartnerRepository repository;
    private final Institutions institutions;

    Partners(PartnerRepository repository, Institutions institutions) {
        this.repository = repository;
        this.institutions = institutions;
    }

    /** Each partner once, by name, never the institution itself; unknown institutions are refused. */
    @ReadOnly
    public Page<Institution> of(UUID institutionId, Pageable pageable) {
        institutions.get(institutionId);
        return repository.findPartners(institutionId, pageable);
    }
}
