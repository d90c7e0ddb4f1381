package org.jointresearch.registry.api.web.search;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage that matched a search, as plain pieces of text, each marked as matched or not. The search service
 * sends the passage HTML-escaped with the matched words in {@code <em>}; it is taken apart here and the page
 * escapes every piece itself, so no markup from the index ever reaches the page: only the {@code <mark>} the
 * template writes around a matched piece.
 */
public record Highlight(List<Piece> pieces) {

    private static final Pattern MATCH = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:#x([0-9a-fA-F]{1,5})|#([0-9]{1,6})|(amp|lt|gt|quot|apos));");

    /** Some text of the passage, and whether it is part of what matched. */
    public record Piece(String text, boolean matched) {
    }

    static Highlight of(String passage) {
        var pieces = new ArrayList<Piece>();
        var match = MATCH.matcher(passage);
        int from = 0;
        while (match.find()) {
            addText(pieces, passage.substring(from, match.start()), false);
            addText(pieces, match.group(1), true);
            from = match.end();
        }
        addText(pieces, passage.substring(from), false);
        return new Highlight(List.copyOf(pieces));
    }

    private static void addText(List<Piece> pieces, String escaped, boolean matched) {
        if (!escaped.isEmpty()) {
            pieces.add(new Piece(unescape(escaped), matched));
        }
    }

    private static String unescape(String escaped) {
        return ENTITY.matcher(escaped).replaceAll(entity -> Matcher.quoteReplacement(character(entity)));
    }

    private static String character(MatchResult entity) {
        if (entity.group(1) != null) {
            return Character.toString(Integer.parseInt(entity.group(1), 16));
        }
        if (entity.group(2) != null) {
            return Character.toString(Integer.parseInt(entity.group(2)));
        }
        return switch (entity.group(3)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "'";
        };
    }
}
