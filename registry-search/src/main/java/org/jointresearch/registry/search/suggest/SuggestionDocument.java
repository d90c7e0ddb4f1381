package org.jointresearch.registry.search.suggest;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.Lists;

import java.util.List;

/**
 * One entry of the {@code suggestions} index, which completes what a user is typing into the name of a
 * project, person, centre, institution or discipline. Its id is {@code kind:refId} (see
 * {@link org.jointresearch.registry.search.index.DocumentRef#suggestion}). Mapped by {@code index/suggestions.json}.
 *
 * @param kind    {@code project}, {@code person}, {@code centre}, {@code institution} or {@code discipline}
 * @param refId   the id of the record (the code of a discipline)
 * @param label   the name or title to show
 * @param labelZh the Chinese name, when there is one
 * @param aliases other names the record is known by (an institution's abbreviations)
 */
public record SuggestionDocument(String kind, String refId, String label, @Nullable String labelZh,
                                 List<String> aliases) {

    public SuggestionDocument {
        aliases = Lists.orEmpty(aliases);
    }
}
