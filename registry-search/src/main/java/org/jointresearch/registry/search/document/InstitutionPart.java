package org.jointresearch.registry.search.document;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.institution.Institution;

import java.util.List;

/**
 * An institution as documents embed it: its id to filter on, and every name it goes by ("Sir Run Run
 * Shaw Hospital", 邵逸夫医院, "SRRSH") to be found by.
 */
public record InstitutionPart(String id, String name, @Nullable String nameZh, List<String> aliases) {

    public InstitutionPart {
        aliases = Lists.orEmpty(aliases);
    }

    /** The institution by id and its two names, as results show it. */
    public NamedPart named() {
        return new NamedPart(id, name, nameZh);
    }

    public static InstitutionPart of(Institution institution) {
        return new InstitutionPart(institution.id().toString(), institution.name(), institution.nameZh(),
                institution.aliases());
    }
}
