package org.jointresearch.registry.api.common;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Applies a JSON Merge Patch (RFC 7396) to a request body: the current record, as the client would
 * send it in full, with the patch's members replaced and its nulls removed.
 */
@Singleton
public class MergePatch {

    private final JsonMapper json;

    MergePatch(JsonMapper json) {
        this.json = json;
    }

    public <T> T apply(T current, String patch, Class<T> type) {
        JsonValue patchValue;
        try {
            patchValue = Json.createReader(new StringReader(patch)).readValue();
        } catch (JsonException e) {
            throw new BadParameterException("body", "is not valid JSON: " + e.getMessage());
        }
        if (patchValue.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadParameterException("body", "a merge patch must be a JSON object");
        }
        try {
            var target = Json.createReader(new StringReader(
                    new String(json.writeValueAsBytes(current), StandardCharsets.UTF_8))).readValue();
            var patched = Json.createMergePatch(patchValue).apply(target);
            return json.readValue(patched.toString(), type);
        } catch (IOException e) {
            throw new BadParameterException("body", "the patched record is not acceptable: " + firstLine(e));
        }
    }

    private static String firstLine(IOException e) {
        var message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
