package org.jointresearch.registry.api.web.project;

import org.jointresearch.registry.api.web.Option;

import java.util.List;

/** The lists the project form offers: what a project can belong to, stem from, and who can work on it. */
public record ProjectChoices(List<Option> disciplines, List<Option> centres, List<Option> teams,
                             List<Option> agreements, List<Option> institutions, List<Option> people) {
}
