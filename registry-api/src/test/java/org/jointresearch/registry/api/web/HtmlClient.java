package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;

/** Fetches pages as a browser without JavaScript does: plain GETs that accept HTML, errors included. */
final class HtmlClient {

    private final HttpClient http;

    HtmlClient(HttpClient http) {
        this.http = http;
    }

    /** Status, headers and text of one page. */
    record Page(int status, String contentType, List<String> cookies, String contentLanguage, String html) {
    }

    Page get(String path, String... headerNamesAndValues) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE);
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        try {
            return page(http.toBlocking().exchange(request, String.class));
        } catch (HttpClientResponseException e) {
            return page(e.getResponse());
        }
    }

    private static Page page(HttpResponse<?> response) {
        return new Page(response.code(), response.getContentType().map(MediaType::getName).orElse(null),
                response.getHeaders().getAll(HttpHeaders.SET_COOKIE),
                response.getHeaders().get(HttpHeaders.CONTENT_LANGUAGE),
                response.getBody(String.class).orElse(""));
    }
}
