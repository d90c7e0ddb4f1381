package org.jointresearch.registry.bench.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the world's text resources: named sections ({@code [name]}) of rows whose cells are separated by
 * {@code |}; blank lines and lines starting with {@code #} are comments.
 */
final class SectionedText {

    private final String resource;
    private final Map<String, List<List<String>>> sections;

    private SectionedText(String resource, Map<String, List<List<String>>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    static SectionedText read(String resource) {
        var stream = SectionedText.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the build");
        }
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> current = null;
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(text.substring(1, text.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": a row before the first section: " + text);
                } else {
                    current.add(Arrays.stream(text.split("\\|", -1)).map(String::strip).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new SectionedText(resource, sections);
    }

    List<List<String>> rows(String section) {
        var rows = sections.get(section);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException(resource + " has no section [" + section + "]");
        }
        return rows;
    }

    /** The first cell of every row of a section. */
    List<String> lines(String section) {
        return rows(section).stream().map(List::getFirst).toList();
    }

    /** The whitespace-separated words of a section that is one list of words. */
    List<String> words(String section) {
        return rows(section).stream().flatMap(row -> Arrays.stream(row.getFirst().split("\\s+"))).toList();
    }
}
