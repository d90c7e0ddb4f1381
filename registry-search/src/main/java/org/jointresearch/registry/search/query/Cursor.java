package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts: the sort values of the last result shown, with the order they belong to.
 * Clients get it as an opaque token (URL-safe base64 of a JSON array {@code [order, values...]}) and hand it
 * back unchanged; a token that is not one, or belongs to another order, is refused rather than passed on.
 */
public record Cursor(String order, List<FieldValue> after) {

    /** Far longer than any real token (whose longest part is a title). */
    static final int MAX_LENGTH = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAMETER = "cursor";

    public String encode() {
        var values = new ArrayList<Object>();
        values.add(order);
        after.forEach(value -> values.add(value._get()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JacksonException e) {
            throw new IllegalStateException("sort values that cannot be written as JSON: " + after, e);
        }
    }

    /** The cursor a token encodes, checked against the order it must continue. */
    public static Cursor decode(String token, ResultOrder order) {
        var keys = order.keys();
        var array = parse(token);
        if (!array.isArray() || array.size() != keys.size() + 1 || !array.get(0).isTextual()) {
            throw refused("is not a cursor this search gave out");
        }
        if (!array.get(0).asText().equals(order.label())) {
            throw refused("continues the sort order " + array.get(0).asText() + ", not " + order.label());
        }
        var values = new ArrayList<FieldValue>();
        for (int i = 0; i < keys.size(); i++) {
            values.add(value(array.get(i + 1), keys.get(i).kind()));
        }
        return new Cursor(order.label(), List.copyOf(values));
    }

    private static JsonNode parse(String token) {
        if (token.length() > MAX_LENGTH) {
            throw refused("is not a cursor this search gave out");
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw refused("is not a cursor this search gave out");
        }
    }

    private static FieldValue value(JsonNode node, SortKey.Kind kind) {
        return switch (kind) {
            case SCORE -> {
                if (!node.isNumber() || !Float.isFinite(node.floatValue())) {
                    throw refused("holds a score that is not one");
                }
                yield FieldValue.of(node.doubleValue());
            }
            case NUMBER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw refused("holds a sort value that is not a whole number");
                }
                yield FieldValue.of(node.longValue());
            }
            case KEYWORD -> {
                if (!node.isTextual()) {
                    throw refused("holds a sort value that is not text");
                }
                yield FieldValue.of(node.asText());
            }
        };
    }

    private static SearchParameterException refused(String why) {
        return new SearchParameterException(PARAMETER, why);
    }
}
