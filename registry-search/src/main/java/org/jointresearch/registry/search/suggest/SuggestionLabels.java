package org.jointresearch.registry.search.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.IndexesWritten;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.index.Requests;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks up the names of disciplines and institutions that results and facets show by code or id, in the
 * {@code suggestions} index, which holds one entry per record with its names in both languages: one request
 * for a whole page of results, and no trip to the database. The few thousand names a registry has are kept
 * between searches, so most pages need no request at all: what this instance indexes is forgotten as it is
 * written, and what other instances index within {@link IndexSettings#labelTtl()}.
 */
@Singleton
public class SuggestionLabels {

    /** Enough for every discipline and a large registry's institutions, and a bound on memory. */
    private static final int MAX_ENTRIES = 50_000;

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    /** Entries by id; an empty one remembers that a record has no entry yet. */
    private final Cache<String, Optional<SuggestionDocument>> entries;

    SuggestionLabels(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
        this.entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(settings.labelTtl()).build();
    }

    /** The entries of these records; a record without one is left out. */
    public Labels of(Collection<DocumentRef> refs) {
        var ids = refs.stream().map(DocumentRef::id).distinct().toList();
        var found = new HashMap<String, SuggestionDocument>();
        entries.getAll(ids, this::fetch).forEach((id, entry) -> entry.ifPresent(doc -> found.put(id, doc)));
        return new Labels(found);
    }

    @EventListener
    void forgetWritten(IndexesWritten written) {
        if (written.everything()) {
            entries.invalidateAll();
        } else {
            entries.invalidateAll(written.refs().stream().filter(ref -> ref.index() == RegistryIndex.SUGGESTIONS)
                    .map(DocumentRef::id).toList());
        }
    }

    private Map<String, Optional<SuggestionDocument>> fetch(Set<? extends String> missing) {
        List<String> ids = List.copyOf(missing);
        var alias = settings.alias(RegistryIndex.SUGGESTIONS);
        var answer = Requests.send("looking up " + ids.size() + " names",
                () -> client.mget(get -> get.index(alias).ids(ids), SuggestionDocument.class));
        var fetched = new HashMap<String, Optional<SuggestionDocument>>();
        ids.forEach(id -> fetched.put(id, Optional.empty()));
        answer.docs().stream().filter(doc -> doc.isResult() && doc.result().found())
                .forEach(doc -> fetched.put(doc.result().id(), Optional.ofNullable(doc.result().source())));
        return fetched;
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
