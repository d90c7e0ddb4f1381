package org.jointresearch.registry.search.document;

import org.jointresearch.registry.core.discipline.Discipline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a document carries its classification: its own discipline codes; those codes with every code
 * above them ("3.2.1" gives 3, 3.2 and 3.2.1), so that a filter on one code matches its whole subtree;
 * and the English and Chinese names of all of them, so that full text finds the record by any of them.
 */
public record DisciplineFields(List<String> codes, List<String> ancestors, List<String> names) {

    public static DisciplineFields of(Iterable<String> codes, Function<String, Optional<Discipline>> disciplines) {
        var own = new ArrayList<String>();
        codes.forEach(own::add);
        var ancestors = ancestorsOf(own);
        var names = new LinkedHashSet<String>();
        for (var code : ancestors) {
            disciplines.apply(code).ifPresent(discipline -> {
                names.add(discipline.name());
                if (discipline.nameZh() != null) {
                    names.add(discipline.nameZh());
                }
            });
        }
        return new DisciplineFields(List.copyOf(own), ancestors, List.copyOf(names));
    }

    /** The codes and every code above them, each once, each ancestor before its descendants. */
    public static List<String> ancestorsOf(List<String> codes) {
        var all = new LinkedHashSet<String>();
        for (var code : codes) {
            var chain = new ArrayList<String>();
            for (String current = code; current != null; current = Discipline.parentOf(current)) {
                chain.addFirst(current);
            }
            all.addAll(chain);
        }
        return List.copyOf(all);
    }
}
