package org.jointresearch.registry.api.search;

import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.SearchUri;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random values for every parameter of every search endpoint: words and syntax of every query language,
 * unicode, JSON, numbers out of range, ids good and bad, and cursors real, tampered and forged. Cursors the
 * searches hand out are remembered and handed back, altered or not, to any endpoint.
 */
final class SearchFuzz {

    /** Each endpoint ({@code {id}} filled with a project id) and its parameters. */
    static final Map<String, List<String>> ENDPOINTS = endpoints();

    private static final String[] WORDS = {"AI in medicine", "liver", "浙大", "肝癌", "hospital", "Zhou Yiran",
            "title:(a OR b)^3 ~ * ?", "*:*", "a AND NOT b", "/.*/", "\"unterminated", "\\", "{\"query\":{\"match_all\":{}}}",
            "[1,2,{", "null", "' OR 1=1 --", "<script>alert(1)</script>", "%", "+", "&", "#", "\u0000", "\u2028",
            "😀🧬", "é", "ﬁ", "Ｈｏｓｐｉｔａｌ", "  ", ""};
    private static final String[] SIZES = {"1", "3", "20", "100", "101", "5000"};
    private static final String[] BAD_NUMBERS = {"-1", "0", "2147483648", "-2147483649", "99999999999999999999",
            "1e3", "3.5", "0x10", "+5", "abc", ""};
    private static final String[] YEARS = {"1999", "2022", "2024", "2026", "-5", "2147483647"};
    private static final String[] SORTS = {"relevance", "newest", "title", "name"};
    private static final String[] STATUSES = {"ACTIVE", "active", "COMPLETED", "PROPOSED", "PLANNED", "CLOSED"};
    private static final String[] KINDS = {"project", "person", "institution", "discipline", "centre"};
    private static final String[] CODES = {"3", "3.2", "3.2.1", "1.2", "9.9"};
    private static final String[] BAD_CODES = {"3.2.1.4", "3.", ".3", "3.2*", "../", "", "medicine"};
    private static final String HKUST = SearchCorpus.id("institutions", "hkust").toString();
    private static final String PROJECT = SearchCorpus.id("projects", "demo-p-phlf-ct-deep-learning").toString();

    private final Random random;
    private final Map<String, List<String>> cursors = new HashMap<>();

    SearchFuzz(Random random) {
        this.random = random;
    }

    /** A request to the endpoint with a random two in five of its parameters, now and then one of them twice. */
    String uri(String endpoint, List<String> parameters) {
        var values = new ArrayList<String>();
        for (var parameter : parameters) {
            if (random.nextInt(5) < 2) {
                values.add(parameter);
                values.add(value(endpoint, parameter));
            }
        }
        if (!parameters.isEmpty() && random.nextInt(10) == 0) {
            var twice = parameters.get(random.nextInt(parameters.size()));
            values.addAll(List.of(twice, value(endpoint, twice), twice, value(endpoint, twice)));
        }
        return SearchUri.of(endpoint.replace("{id}", URLEncoder.encode(id(), StandardCharsets.UTF_8)),
                values.toArray(String[]::new));
    }

    /** Keeps the cursor an answer of the endpoint handed out, to hand it back later. */
    void remember(String endpoint, ApiClient.Reply reply) {
        if (reply.status() == 200 && reply.body() instanceof Map<?, ?> body && body.get("nextCursor") instanceof String c) {
            cursors.computeIfAbsent(endpoint, ignored -> new ArrayList<>()).add(c);
        }
    }

    /** Two times in three a value the parameter could take, else one it could not. */
    private String value(String endpoint, String parameter) {
        boolean plausible = random.nextInt(3) > 0;
        return switch (parameter) {
            case "q", "topic" -> text();
            case "institution", "centre", "partnerOf", "exclude" -> plausible ? pick(new String[] {HKUST, PROJECT,
                    UUID.randomUUID().toString()}) : badId();
            case "size" -> plausible ? pick(SIZES) : pick(BAD_NUMBERS);
            case "startYearFrom", "startYearTo" -> plausible ? pick(YEARS) : pick(BAD_NUMBERS);
            case "discipline" -> plausible ? pick(CODES) : random.nextBoolean() ? pick(BAD_CODES) : text();
            case "cursor" -> cursor(plausible ? cursors.getOrDefault(endpoint, List.of())
                    : cursors.values().stream().flatMap(List::stream).toList());
            case "sort" -> plausible ? pick(SORTS) : text();
            case "status" -> plausible ? pick(STATUSES) : text();
            default -> plausible ? pick(KINDS) : text();
        };
    }

    private String text() {
        return switch (random.nextInt(5)) {
            case 0 -> randomUnicode(random.nextInt(60));
            case 1 -> pick(WORDS) + " " + pick(WORDS);
            case 2 -> "w".repeat(490 + random.nextInt(20));
            default -> pick(WORDS);
        };
    }

    private String id() {
        return random.nextInt(3) > 0 ? pick(new String[] {HKUST, PROJECT, UUID.randomUUID().toString()}) : badId();
    }

    private String badId() {
        return pick(new String[] {UUID.randomUUID().toString().toUpperCase(), "{" + UUID.randomUUID() + "}",
                "not-an-id", "", "00000000-0000-0000-0000-00000000000g", "%00", "1"});
    }

    /** One of the cursors given, as it was or altered, or else a forged one. */
    private String cursor(List<String> given) {
        if (!given.isEmpty() && random.nextInt(3) > 0) {
            var real = given.get(random.nextInt(given.size()));
            return switch (random.nextInt(4)) {
                case 0 -> real;
                case 1 -> real.substring(0, random.nextInt(real.length()));
                case 2 -> real + pick(new String[] {"A", "==", "%", "x"});
                default -> flip(real);
            };
        }
        return random.nextBoolean() ? randomUnicode(random.nextInt(30)) : forged();
    }

    /** Base64 of JSON that is shaped like a cursor, with values of every wrong kind. */
    private String forged() {
        var order = pick(new String[] {"relevance", "newest", "title", "name", "other"});
        var value = pick(new String[] {"1", "-1.5", "1e400", "99999999999999999999999", "\"text\"", "null", "[]",
                "{}", "true", "\"" + "z".repeat(5000) + "\"", "NaN"});
        var json = pick(new String[] {"[\"%s\", %s, \"id\"]", "[\"%s\", %s]", "[\"%s\", %s, %s, %s]", "{\"%s\": %s}"})
                .formatted(order, value, value, value);
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String flip(String text) {
        if (text.isEmpty()) {
            return "A";
        }
        var chars = text.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private String randomUnicode(int length) {
        var text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < length) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, List<String>> endpoints() {
        var endpoints = new LinkedHashMap<String, List<String>>();
        endpoints.put("/api/v1/search/projects", List.of("q", "discipline", "institution", "centre", "status",
                "startYearFrom", "startYearTo", "sort", "size", "cursor"));
        endpoints.put("/api/v1/search/people", List.of("q", "institution", "discipline", "sort", "size", "cursor"));
        endpoints.put("/api/v1/search/centres", List.of("q", "institution", "discipline", "status", "sort", "size",
                "cursor"));
        endpoints.put("/api/v1/search/suggest", List.of("q", "kind", "size"));
        endpoints.put("/api/v1/search/collaborators", List.of("topic", "institution", "partnerOf", "discipline",
                "exclude", "size", "cursor"));
        endpoints.put("/api/v1/projects/{id}/similar", List.of("size"));
        return endpoints;
    }
}
