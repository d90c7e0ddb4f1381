package org.jointresearch.registry.search.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.index.Requests;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks up the names of disciplines and institutions that results and facets show by code or id, in the
 * {@code suggestions} index, which holds one entry per record with its names in both languages: one request
 * for a whole page of results, and no trip to the database.
 */
@Singleton
public class SuggestionLabels {

    private final ElasticsearchClient client;
    private final IndexSettings settings;

    SuggestionLabels(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** The entries of these records; a record without one is left out. */
    public Labels of(Collection<DocumentRef> refs) {
        var ids = refs.stream().map(DocumentRef::id).distinct().toList();
        if (ids.isEmpty()) {
            return new Labels(Map.of());
        }
        var alias = settings.alias(RegistryIndex.SUGGESTIONS);
        var answer = Requests.send("looking up " + ids.size() + " names",
                () -> client.mget(get -> get.index(alias).ids(ids), SuggestionDocument.class));
        var found = new HashMap<String, SuggestionDocument>();
        answer.docs().stream().filter(doc -> doc.isResult() && doc.result().found())
                .forEach(doc -> found.put(doc.result().id(), doc.result().source()));
        return new Labels(found);
    }

    /** The names of the disciplines with these codes. */
    public Labels ofDisciplines(Stream<String> codes) {
        return of(disciplines(codes.distinct().toList()));
    }

    /** Refs of the entries of the disciplines with these codes. */
    public static List<DocumentRef> disciplines(Collection<String> codes) {
        return codes.stream().map(code -> DocumentRef.suggestion(Labels.DISCIPLINE, code)).toList();
    }

    /** Refs of the entries of the institutions with these ids. */
    public static List<DocumentRef> institutions(Collection<String> ids) {
        return ids.stream().map(id -> DocumentRef.suggestion(Labels.INSTITUTION, id)).toList();
    }
}
