package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.discipline.DisciplineDraft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Collects the filters of a search: clauses that narrow the results without counting towards relevance. */
public final class Filters {

    private static final Pattern DISCIPLINE_CODE = Pattern.compile(DisciplineDraft.CODE);

    private final List<Query> clauses = new ArrayList<>();

    /** Keeps documents whose keyword field holds the value; no clause when the value is null. */
    public Filters term(String field, @Nullable Object value) {
        if (value != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field(field).value(value.toString()))));
        }
        return this;
    }

    /** Keeps documents whose keyword field holds one of the ids; an empty collection keeps none. */
    public Filters anyOf(String field, Collection<UUID> ids) {
        var values = ids.stream().map(id -> FieldValue.of(id.toString())).toList();
        clauses.add(Query.of(q -> q.terms(t -> t.field(field).terms(terms -> terms.value(values)))));
        return this;
    }

    /**
     * Keeps documents classified by the discipline or anything below it: documents carry every ancestor of
     * their codes in {@code disciplineAncestors}. A value that is no discipline code is refused.
     */
    public Filters discipline(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return this;
        }
        if (!DISCIPLINE_CODE.matcher(code.strip()).matches()) {
            throw new SearchParameterException("discipline", "must be a discipline code such as 3, 3.2 or 3.2.1");
        }
        return term("disciplineAncestors", code.strip());
    }

    /** Keeps documents whose whole-number field lies between the bounds, either of which may be absent. */
    public Filters between(String field, @Nullable Integer from, @Nullable Integer to) {
        if (from != null || to != null) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> n.field(field)
                    .gte(from == null ? null : from.doubleValue()).lte(to == null ? null : to.doubleValue())))));
        }
        return this;
    }

    /** Leaves out the document with this id. */
    public Filters except(@Nullable UUID id) {
        if (id != null) {
            clauses.add(Query.of(q -> q.bool(b -> b.mustNot(not -> not.ids(ids -> ids.values(id.toString()))))));
        }
        return this;
    }

    public List<Query> clauses() {
        return List.copyOf(clauses);
    }
}
