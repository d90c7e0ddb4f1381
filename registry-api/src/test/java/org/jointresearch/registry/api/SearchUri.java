package org.jointresearch.registry.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** A search path with its parameters, each value URL-encoded as a browser would send it. */
public final class SearchUri {

    private SearchUri() {
    }

    /** {@code of("/api/v1/search/projects", "q", "liver", "size", "5")}; a null value leaves its parameter out. */
    public static String of(String path, String... namesAndValues) {
        var parameters = new ArrayList<String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }
}
