package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Answers a request with a page: a template given the {@link PageContext} as {@code ui} and the page's
 * record as {@code page}, in the reader's language, remembering a language chosen with {@code ?lang=}.
 */
@Singleton
public class WebPages {

    private static final Duration REMEMBER_LANGUAGE = Duration.ofDays(365);

    private final LanguageResolver languages;
    private final WebMessages messages;
    private final AccountHeader accounts;

    WebPages(LanguageResolver languages, WebMessages messages, AccountHeader accounts) {
        this.languages = languages;
        this.messages = messages;
        this.accounts = accounts;
    }

    public MutableHttpResponse<?> render(HttpRequest<?> request, String view, Object page) {
        return render(request, HttpStatus.OK, view, page);
    }

    /** A page answering with another status than 200, such as a form refused with 422. */
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view, Object page) {
        var context = context(request);
        MutableHttpResponse<?> response = HttpResponse.status(status)
                .body(new ModelAndView<>(view, Map.of("ui", context, "page", page)))
                .header(HttpHeaders.CONTENT_LANGUAGE, context.htmlLang())
                // The same address answers in another language for another header or cookie.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE);
        if (context.account() != null) {
            // A signed-in user's page holds their form token: no cache may keep it.
            response.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        languages.requested(request).ifPresent(chosen -> response.cookie(Cookie.of(LanguageResolver.PARAMETER, chosen.code())
                .path("/").maxAge(REMEMBER_LANGUAGE).sameSite(SameSite.Lax).httpOnly(true)));
        return response;
    }

    /** The context of a page answering {@code request}, error pages included. */
    public PageContext context(HttpRequest<?> request) {
        var language = languages.resolve(request);
        var links = Arrays.stream(Language.values())
                .map(other -> new PageContext.LanguageLink(other, hrefIn(request, other), other == language))
                .toList();
        return new PageContext(language, messages.of(language), links, request.getUri().toString(),
                accounts.of(request));
    }

    private static String hrefIn(HttpRequest<?> request, Language language) {
        var uri = UriBuilder.of(request.getPath());
        request.getParameters().forEach((name, values) -> {
            if (!name.equals(LanguageResolver.PARAMETER)) {
                values.forEach(value -> uri.queryParam(name, value));
            }
        });
        return uri.queryParam(LanguageResolver.PARAMETER, language.code()).toString();
    }
}
