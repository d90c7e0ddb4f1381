package org.jointresearch.registry.api.web.collaborators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import org.jointresearch.registry.search.collaborators.CollaboratorQuery;

import java.util.UUID;

/**
 * The state of the collaborator finder as its address holds it ({@code /collaborators?topic=&mine=&discipline=
 * &institution=&cursor=}): people at the partners of {@code mine} whose work matches the topic.
 */
public record FinderParameters(@Nullable String topic, @Nullable UUID mine, @Nullable String discipline,
                               @Nullable UUID institution, @Nullable String cursor) {

    static final int PAGE_SIZE = 10;

    /** Whether the reader asked for anything yet; a bare visit shows the form alone. */
    boolean asked() {
        return topic != null || mine != null;
    }

    CollaboratorQuery query() {
        return new CollaboratorQuery(topic, institution, mine, discipline, null, PAGE_SIZE, cursor);
    }

    /** The address of the next page of the same search. */
    String withCursor(String next) {
        var uri = UriBuilder.of("/collaborators");
        add(uri, "topic", topic);
        add(uri, "mine", mine);
        add(uri, "discipline", discipline);
        add(uri, "institution", institution);
        add(uri, "cursor", next);
        return uri.toString();
    }

    private static void add(UriBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
