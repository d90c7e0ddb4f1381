package org.jointresearch.registry.api.web.agreement;

import org.jointresearch.registry.api.web.Option;

import java.util.List;

/** The lists the agreement form offers: institutions for parties, people for signatories, collaboration areas. */
public record AgreementChoices(List<Option> institutions, List<Option> people, List<Option> areas) {
}
