package org.jointresearch.registry.api.web.agreement;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.agreement.Agreement;

import java.util.List;

/** What an agreement's page shows: the agreement, who is party to it and signed it, and what was founded under it. */
public record AgreementPage(Agreement agreement, List<Ref> parties, List<SignatoryLine> signatories, List<Ref> areas,
                            Excerpt<Ref> centres, Excerpt<Ref> projects, Excerpt<Ref> programmes) {

    /** Someone who signed the agreement, for which party, and in which capacity. */
    public record SignatoryLine(Ref person, Ref institution, @Nullable String role) {
    }
}
