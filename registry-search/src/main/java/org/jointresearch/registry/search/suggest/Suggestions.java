package org.jointresearch.registry.search.suggest;

import io.micronaut.core.annotation.Nullable;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.Choices;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.SearchText;
import org.jointresearch.registry.search.query.Searches;

import java.util.List;

/**
 * Completes what someone is typing into the names of projects, people, centres, institutions and
 * disciplines: {@code GET /search/suggest}.
 */
@Singleton
public class Suggestions {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 20;

    private final Searches searches;
    private final IndexSettings settings;

    Suggestions(Searches searches, IndexSettings settings) {
        this.searches = searches;
        this.settings = settings;
    }

    /**
     * At most {@code size} (10 unless asked, 20 at most) suggestions for the typed text, of one kind if
     * asked; nothing to complete gives none. A single letter completes too: it is how typing starts.
     */
    public List<Suggestion> complete(@Nullable String q, @Nullable String kind, @Nullable Integer size) {
        var text = SearchText.of("q", q);
        var wanted = Choices.pick("kind", kind, List.of(SuggestionKind.values()), SuggestionKind::label);
        int length = Paging.size(size, DEFAULT_SIZE, MAX_SIZE);
        if (text.isEmpty()) {
            return List.of();
        }
        var request = SuggestQueries.request(text, wanted, length, settings.alias(RegistryIndex.SUGGESTIONS));
        return searches.search(request, SuggestionDocument.class).hits().hits().stream().map(Hit::source)
                .map(entry -> new Suggestion(entry.kind(), entry.refId(), entry.label(), entry.labelZh())).toList();
    }
}
