package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which language a page speaks: the one asked for with {@code ?lang=}, else the one the
 * language cookie remembers, else the best match of the browser's Accept-Language, else English.
 */
@Singleton
public class LanguageResolver {

    /** The query parameter and the cookie that carry a reader's choice. */
    public static final String PARAMETER = "lang";

    private static final List<String> CODES = Arrays.stream(Language.values()).map(Language::code).toList();

    public Language resolve(HttpRequest<?> request) {
        return requested(request)
                .or(() -> request.getCookies().findCookie(PARAMETER).map(Cookie::getValue).flatMap(Language::of))
                .or(() -> accepted(request))
                .orElse(Language.EN);
    }

    /** The language the reader just chose with {@code ?lang=}, which the response then remembers. */
    public Optional<Language> requested(HttpRequest<?> request) {
        return request.getParameters().getFirst(PARAMETER).flatMap(Language::of);
    }

    private static Optional<Language> accepted(HttpRequest<?> request) {
        return request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE).flatMap(header -> {
            try {
                // lookupTag falls back from zh-CN or zh-Hans-HK to zh, and skips languages we lack.
                return Optional.ofNullable(Locale.lookupTag(Locale.LanguageRange.parse(header), CODES));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }).flatMap(Language::of);
    }
}
