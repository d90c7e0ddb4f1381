package org.jointresearch.registry.api.web.search;

import org.jointresearch.registry.search.project.ProjectResults;
import org.jointresearch.registry.search.query.Facet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The filters in force as chips, named as the facets name them (the address holds only codes and ids). */
final class Chips {

    private Chips() {
    }

    static List<Chip> of(SearchParameters parameters, ProjectResults found) {
        var chips = new ArrayList<Chip>();
        if (parameters.discipline() != null) {
            var code = parameters.discipline();
            var named = named(found.disciplines(), code);
            chips.add(new Chip("search.facet.discipline", named.map(Facet::name).orElse(code),
                    named.map(Facet::nameZh).orElse(null), null, parameters.withDiscipline(null).href()));
        }
        if (parameters.institution() != null) {
            var id = parameters.institution().toString();
            var named = named(found.institutions(), id);
            chips.add(new Chip("search.facet.institution", named.map(Facet::name).orElse(id),
                    named.map(Facet::nameZh).orElse(null), null, parameters.withInstitution(null).href()));
        }
        if (parameters.status() != null) {
            chips.add(new Chip("search.facet.status", parameters.status().name(), null, parameters.status(),
                    parameters.withStatus(null).href()));
        }
        if (parameters.year() != null) {
            chips.add(new Chip("search.facet.year", parameters.year().toString(), null, null,
                    parameters.withYear(null).href()));
        }
        return chips;
    }

    private static Optional<Facet> named(List<Facet> facets, String value) {
        return facets.stream().filter(facet -> facet.value().equals(value) && facet.name() != null).findFirst();
    }
}
