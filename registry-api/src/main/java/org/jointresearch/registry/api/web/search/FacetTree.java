package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.search.query.Facet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discipline facet as a tree: the search counts every level of the discipline tree, and a code's parent is
 * its code minus the last segment, so each counted discipline hangs under its nearest counted ancestor. A branch
 * is open when it holds the selected discipline.
 */
public record FacetTree(Option option, List<FacetTree> children, boolean open) {

    /** The roots of the tree, in the facet's order. */
    static List<FacetTree> of(List<Facet> facets, SearchParameters parameters) {
        var byCode = new LinkedHashMap<String, Facet>();
        facets.forEach(facet -> byCode.put(facet.value(), facet));
        var children = new LinkedHashMap<String, List<Facet>>();
        var roots = new ArrayList<Facet>();
        for (var facet : facets) {
            var parent = countedAncestor(facet.value(), byCode);
            if (parent == null) {
                roots.add(facet);
            } else {
                children.computeIfAbsent(parent, code -> new ArrayList<>()).add(facet);
            }
        }
        return build(roots, children, parameters);
    }

    private static List<FacetTree> build(List<Facet> level, Map<String, List<Facet>> children,
                                         SearchParameters parameters) {
        var selected = parameters.discipline();
        return level.stream().map(facet -> {
            var below = build(children.getOrDefault(facet.value(), List.of()), children, parameters);
            var open = selected != null && (selected.startsWith(facet.value() + ".") || selected.equals(facet.value()));
            var chosen = facet.value().equals(selected);
            var href = parameters.withDiscipline(chosen ? null : facet.value()).href();
            return new FacetTree(Option.of(facet, href, chosen), below, open);
        }).toList();
    }

    private static @Nullable String countedAncestor(String code, Map<String, Facet> counted) {
        for (var parent = Discipline.parentOf(code); parent != null; parent = Discipline.parentOf(parent)) {
            if (counted.containsKey(parent)) {
                return parent;
            }
        }
        return null;
    }
}
