package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.suggest.Suggestion;

import java.util.List;

/** Completions of what is being typed, best first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SuggestResponse(List<Item> items) {

    static SuggestResponse of(List<Suggestion> suggestions) {
        return new SuggestResponse(suggestions.stream()
                .map(entry -> new Item(entry.kind(), entry.id(), entry.label(), entry.labelZh())).toList());
    }

    /**
     * A record whose name goes on as typed: {@code kind} is project, person, centre, institution or
     * discipline; {@code id} its id, a discipline's code.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String kind, String id, String label, @Nullable String labelZh) {
    }
}
