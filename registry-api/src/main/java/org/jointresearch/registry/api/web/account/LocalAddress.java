package org.jointresearch.registry.api.web.account;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where to send a browser after signing in or out: only an address on this site, so a link to the sign-in
 * page can never send someone on to another site.
 */
final class LocalAddress {

    /** A path of this site: one slash, then no second slash or backslash that would name another host. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    static final String HOME = "/";

    private LocalAddress() {
    }

    static String orHome(@Nullable String next) {
        return next != null && LOCAL.matcher(next).matches() ? next : HOME;
    }

    static URI of(@Nullable String next) {
        try {
            return URI.create(orHome(next));
        } catch (IllegalArgumentException malformed) {
            return URI.create(HOME);
        }
    }
}
