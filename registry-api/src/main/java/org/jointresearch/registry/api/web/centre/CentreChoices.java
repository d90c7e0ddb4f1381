package org.jointresearch.registry.api.web.centre;

import org.jointresearch.registry.api.web.Option;

import java.util.List;

/** The lists the centre form offers: agreements, institutions, disciplines and people to direct it. */
public record CentreChoices(List<Option> agreements, List<Option> institutions, List<Option> disciplines,
                            List<Option> people) {
}
