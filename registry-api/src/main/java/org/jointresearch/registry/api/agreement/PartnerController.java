package org.jointresearch.registry.api.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.common.Listing;
import org.jointresearch.registry.api.common.Paging;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.api.institution.InstitutionResponse;
import org.jointresearch.registry.core.agreement.Partners;

import java.util.UUID;

/** {@code GET /api/v1/institutions/{id}/partners}: the institutions that share an agreement with this one. */
@ProblemResponses
@Controller("/api/v1/institutions")
@ExecuteOn(TaskExecutors.BLOCKING)
class PartnerController {

    private final Partners partners;

    PartnerController(Partners partners) {
        this.partners = partners;
    }

    @Get("/{id}/partners")
    Listing<InstitutionResponse> partners(UUID id, @QueryValue @Nullable Integer page,
                                          @QueryValue @Nullable Integer size) {
        return Listing.of(partners.of(id, Paging.of(page, size, Sort.UNSORTED)), InstitutionResponse::of);
    }
}
