package org.jointresearch.registry.search.query;

import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A request or query as the client would send it, rendered to JSON without a cluster, so that tests can
 * assert on what the builders build.
 */
public final class Rendered {

    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rendered() {
    }

    public static JsonNode json(JsonpSerializable built) {
        try {
            return JSON.readTree(JsonpUtils.toJsonString(built, MAPPER));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the client rendered JSON that does not parse", e);
        }
    }

    /** Every object, at any depth, that is the value of a member with this name ({@code "multi_match"}). */
    public static List<JsonNode> all(JsonNode root, String member) {
        var found = new ArrayList<JsonNode>();
        collect(root, member, found);
        return found;
    }

    private static void collect(JsonNode node, String member, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals(member)) {
                    found.add(entry.getValue());
                }
                collect(entry.getValue(), member, found);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, member, found));
        }
    }
}
