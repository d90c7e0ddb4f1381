package org.jointresearch.registry.api.search;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.SearchUri;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search test over the fixed corpus starts from: the corpus loaded once for the class, and a caller
 * without an account, since anyone may search. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorpusSearchTest {

    /** More records than any section of the corpus has. */
    private static final int RECORDS_AT_MOST = 100;

    @Inject
    @Client("/")
    HttpClient http;

    protected ApiClient anyone;
    protected SearchCorpus corpus;

    @BeforeAll
    void loadTheCorpus() {
        var admin = new ApiClient(http);
        corpus = SearchCorpus.load(admin);
        anyone = admin.anonymous();
    }

    /** What a search answers; it must succeed. */
    protected ApiClient.Reply found(String path, String... parameters) {
        var reply = anyone.get(SearchUri.of(path, parameters));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply;
    }

    /**
     * The keys of every result, following {@code nextCursor} from page to page of the given size; stops after
     * more pages than there can be, so a cursor that never ends fails the test instead of hanging it.
     */
    protected List<String> pageByPage(String path, int size, String... parameters) {
        var keys = new ArrayList<String>();
        String cursor = null;
        for (int pages = 0; pages == 0 || cursor != null && pages <= RECORDS_AT_MOST; pages++) {
            var all = new ArrayList<>(List.of(parameters));
            all.addAll(Arrays.asList("size", String.valueOf(size), "cursor", cursor));
            var page = found(path, all.toArray(String[]::new));
            keys.addAll(corpus.keys(page));
            cursor = (String) page.get("nextCursor");
        }
        return keys;
    }

    /** The id of a record of the corpus, as text. */
    protected static String id(String section, String key) {
        return SearchCorpus.id(section, key).toString();
    }
}
