package org.jointresearch.registry.api.web.institution;

import org.jointresearch.registry.api.web.Option;

import java.util.List;

/** The lists the institution form offers: the institutions it may belong to, and the countries. */
public record InstitutionChoices(List<Option> parents, List<Option> countries) {
}
