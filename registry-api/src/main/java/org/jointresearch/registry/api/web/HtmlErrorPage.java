package org.jointresearch.registry.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.error.Problems;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The error page a browser gets (Micronaut picks it when the request accepts HTML and not JSON): the
 * site's layout in the reader's language, saying what went wrong in words, not as a problem document.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class HtmlErrorPage implements HtmlErrorResponseBodyProvider {

    private final WebPages pages;
    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    HtmlErrorPage(WebPages pages, ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        var request = context.getRequest();
        var type = context.getErrors().stream().map(Error::getTitle).flatMap(Optional::stream)
                .filter(title -> title.startsWith(Problems.TYPE_PREFIX))
                .map(title -> title.substring(Problems.TYPE_PREFIX.length())).findFirst();
        var model = Map.<String, Object>of("ui", pages.context(request), "page", ErrorPage.of(response.code(), type));
        var page = renderer.render(new ModelAndView<>("error", model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("the error template is missing"));
        var html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
