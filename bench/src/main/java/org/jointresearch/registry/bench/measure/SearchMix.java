package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Json;
import org.jointresearch.registry.bench.harness.RegistryApi;
import org.jointresearch.registry.search.project.ProjectQueries;
import org.jointresearch.registry.search.project.ProjectQuery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A realistic mix of project searches, each ready to be sent both ways: to the registry's
 * {@code /api/v1/search/projects}, and as the identical request body straight to Elasticsearch (built by
 * the registry's own query builder from the same parameters, deep pages with the same cursor).
 */
final class SearchMix {

    /** How deep the deep pages go: the fifth page, reached by following the cursor. */
    static final int DEEP_PAGE = 5;
    private static final List<String> STATUSES = List.of("ACTIVE", "COMPLETED", "PROPOSED");

    /** One search: the API's address and the direct request's body. */
    record Search(String kind, String apiPath, byte[] directBody) {
    }

    private SearchMix() {
    }

    static List<Search> build(BenchContext context, int size) {
        var vocabulary = context.world().vocabulary();
        var words = vocabulary.topicWords();
        var phrases = vocabulary.phrases();
        var disciplines = vocabulary.disciplineCodes();
        var institutions = context.api().ids("institutions", 100);
        var random = new SplittableRandom(context.plan().seed());
        var searches = new ArrayList<Search>();
        for (int i = 0; i < size; i++) {
            int kind = i % 10;
            var query = switch (kind) {
                case 0, 1, 2 -> words(skewed(random, words));
                case 3 -> words(skewed(random, words) + " " + skewed(random, words));
                case 4, 5 -> words("\"" + skewed(random, phrases) + "\"");
                case 6 -> filtered(skewed(random, words), skewed(random, disciplines), null, null);
                case 7 -> filtered(skewed(random, words), null, institutions.get(random.nextInt(institutions.size())),
                        STATUSES.get(random.nextInt(STATUSES.size())));
                case 8 -> new ProjectQuery(null, skewed(random, disciplines), null, null, null,
                        2015 + random.nextInt(8), 2026, null, null, null);
                default -> deepPage(context.api(), words(skewed(random, words)));
            };
            var label = switch (kind) {
                case 0, 1, 2 -> "word";
                case 3 -> "two words";
                case 4, 5 -> "phrase";
                case 6, 7 -> "words and filters";
                case 8 -> "filters only";
                default -> "page " + DEEP_PAGE;
            };
            searches.add(new Search(label, "api/v1/search/projects?" + parameters(query),
                    ProjectQueries.searchBody(query, context.alias("projects")).getBytes(StandardCharsets.UTF_8)));
        }
        return searches;
    }

    /** Favours the first entries (the lists come most frequent first), as real queries favour common terms. */
    private static <T> T skewed(SplittableRandom random, List<T> from) {
        double u = random.nextDouble();
        return from.get((int) (from.size() * u * u));
    }

    private static ProjectQuery words(String q) {
        return new ProjectQuery(q, null, null, null, null, null, null, null, null, null);
    }

    private static ProjectQuery filtered(String q, String discipline, UUID institution, String status) {
        return new ProjectQuery(q, discipline, institution, null, status, null, null, null, null, null);
    }

    /** The query at its {@link #DEEP_PAGE}th page: the cursor comes from following the pages through the API. */
    private static ProjectQuery deepPage(RegistryApi api, ProjectQuery first) {
        var query = first;
        for (int page = 1; page < DEEP_PAGE; page++) {
            var cursor = Json.tree(api.get("api/v1/search/projects?" + parameters(query))).get("nextCursor");
            if (cursor == null || cursor.isNull()) {
                return query;
            }
            query = new ProjectQuery(first.q(), null, null, null, null, null, null, null, null, cursor.getStringValue());
        }
        return query;
    }

    static String parameters(ProjectQuery query) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("q", query.q());
        parameters.put("discipline", query.discipline());
        parameters.put("institution", query.institution());
        parameters.put("status", query.status());
        parameters.put("startYearFrom", query.startYearFrom());
        parameters.put("startYearTo", query.startYearTo());
        parameters.put("cursor", query.cursor());
        return RegistryApi.query(parameters);
    }
}
