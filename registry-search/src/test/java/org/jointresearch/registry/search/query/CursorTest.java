package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors carry search_after values to the client and back, and refuse anything else. */
class CursorTest {

    private static final ResultOrder NEWEST = ResultOrder.newest("startsOn");
    private static final ResultOrder TITLE = ResultOrder.alphabetical("title", "title.sort");

    @Test
    void givesBackTheSortValuesItWasMadeFrom() {
        var cursor = new Cursor("newest", List.of(FieldValue.of(1_700_000_000_000L), FieldValue.of("p-7")));

        var decoded = Cursor.decode(cursor.encode(), NEWEST);

        assertThat(decoded.after()).extracting(FieldValue::_get).containsExactly(1_700_000_000_000L, "p-7");
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void continuesASearchAfterItsValuesInItsOrder() {
        var token = new Cursor("relevance", List.of(FieldValue.of(3.25), FieldValue.of("p-7"))).encode();

        var json = Rendered.json(SearchRequest.of(search -> Paging.of(ResultOrder.RELEVANCE, 3, token)
                .applyTo(search.index("projects"))));

        assertThat(json.path("search_after").toString()).isEqualTo("[3.25,\"p-7\"]");
        assertThat(json.path("sort").toString()).contains("_score", "\"id\"");
        assertThat(json.path("size").asInt()).isEqualTo(4);
    }

    @Test
    void refusesACursorOfAnotherOrder() {
        var newest = new Cursor("newest", List.of(FieldValue.of(1L), FieldValue.of("p-7"))).encode();

        assertRefused(() -> Cursor.decode(newest, TITLE), "continues the sort order newest, not title");
    }

    @Test
    void refusesTokensThatAreNoCursorOrHoldValuesOfTheWrongKind() {
        var tampered = Map.of(
                "[\"newest\", \"yesterday\", \"p\"]", NEWEST,
                "[\"newest\", 1.5, \"p\"]", NEWEST,
                "[\"newest\", 99999999999999999999999, \"p\"]", NEWEST,
                "[\"newest\", 1]", NEWEST,
                "[\"relevance\", 1e300, \"p\"]", ResultOrder.RELEVANCE,
                "[\"title\", null, \"p\"]", TITLE,
                "[\"title\", \"a\", 7]", TITLE,
                "{}", TITLE,
                "not json", TITLE);

        tampered.forEach((json, order) -> assertRefused(() -> Cursor.decode(base64(json), order), null));
        assertRefused(() -> Cursor.decode("%%%not base64%%%", TITLE), null);
        assertRefused(() -> Cursor.decode("A".repeat(5000), TITLE), null);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(Runnable decoding, String message) {
        var refusal = assertThatThrownBy(decoding::run).isInstanceOf(SearchParameterException.class)
                .hasFieldOrPropertyWithValue("parameter", "cursor");
        if (message != null) {
            refusal.hasMessage(message);
        }
    }
}
