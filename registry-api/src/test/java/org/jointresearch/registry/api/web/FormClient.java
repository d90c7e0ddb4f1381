package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript over plain HTTP: it keeps the cookies it is given, follows no redirect by
 * itself, and sends forms as browsers do, with the token of the last page it got.
 */
final class FormClient implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("([^=;\\s]+)=([^;]*)(.*)");

    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastToken = "";

    FormClient(URL server) {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server, configuration);
    }

    /** Status, headers and text of one answer. */
    record Page(int status, String location, List<String> setCookies, String html) {

        String token() {
            var match = TOKEN.matcher(html);
            return match.find() ? match.group(1) : "";
        }
    }

    /** Signs in through the sign-in form; answers the redirect that ends it. */
    Page signIn(String username, String password) {
        get("/login");
        return post("/login", "username", username, "password", password);
    }

    Page get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** Sends a form with the token of the last page, as a browser submitting that page's form does. */
    Page post(String path, String... namesAndValues) {
        return postWithout(path, append(namesAndValues, "_csrf", lastToken));
    }

    /** Sends a form with exactly the fields given, a token only if one is among them. */
    Page postWithout(String path, String... namesAndValues) {
        return send(HttpRequest.POST(path, encode(namesAndValues)).contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private static String[] append(String[] namesAndValues, String name, String value) {
        var all = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        all[namesAndValues.length] = name;
        all[namesAndValues.length + 1] = value;
        return all;
    }

    Page send(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.ACCEPT)) {
            request.accept(MediaType.TEXT_HTML_TYPE);
        }
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<?> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        var page = new Page(response.code(), response.header(HttpHeaders.LOCATION),
                response.getHeaders().getAll(HttpHeaders.SET_COOKIE), response.getBody(String.class).orElse(""));
        page.setCookies().forEach(this::keep);
        if (!page.token().isEmpty()) {
            lastToken = page.token();
        }
        return page;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private void keep(String setCookie) {
        var cookie = SET_COOKIE.matcher(setCookie);
        if (!cookie.matches()) {
            return;
        }
        if (cookie.group(3).toLowerCase().contains("max-age=0") || cookie.group(2).isEmpty()) {
            cookies.remove(cookie.group(1));
        } else {
            cookies.put(cookie.group(1), cookie.group(2));
        }
    }

    private static String encode(String... namesAndValues) {
        var pairs = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.append(pairs.isEmpty() ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return pairs.toString();
    }

    @Override
    public void close() {
        http.close();
    }
}
