package org.jointresearch.registry.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpHeaders;

import java.util.regex.Pattern;

/**
 * Record versions as entity tags: {@code GET} answers {@code ETag: "3"}, and a write that carries
 * {@code If-Match: "3"} only succeeds while the record is still at version 3.
 */
public final class Etags {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    /** A version no record reaches: an unreadable {@code If-Match} can then only fail with 412. */
    private static final long UNMATCHABLE = -1;

    private Etags() {
    }

    public static <T> MutableHttpResponse<T> tagged(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, "\"" + version + "\"");
    }

    /** The version an {@code If-Match} header demands, or {@code null} when it demands none. */
    public static @Nullable Long expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = TAG.matcher(ifMatch.strip());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : UNMATCHABLE;
    }

    /**
     * The version a patch may apply to: the one {@code If-Match} demands, else the one the patch was
     * computed from, so a write that slips in between reading and patching is never overwritten.
     */
    public static long expectedVersion(@Nullable String ifMatch, long readVersion) {
        var demanded = expectedVersion(ifMatch);
        return demanded == null ? readVersion : demanded;
    }
}
