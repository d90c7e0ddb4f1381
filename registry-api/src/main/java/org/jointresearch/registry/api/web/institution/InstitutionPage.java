package org.jointresearch.registry.api.web.institution;

import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.institution.Institution;

import java.util.List;

/**
 * What an institution's page shows: the institution, where it sits in its hierarchy (the chain up to
 * the root, root first, and its own parts), its partners through agreements, and what it takes part in.
 */
public record InstitutionPage(Institution institution, List<Ref> ancestors, Excerpt<Ref> children,
                              Excerpt<Ref> partners, Excerpt<Ref> agreements, Excerpt<Ref> centres,
                              Excerpt<Ref> projects, Excerpt<Ref> programmes, Excerpt<Ref> people) {
}
