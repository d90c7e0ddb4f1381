package org.jointresearch.registry.search.suggest;

import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.index.DocumentRef;

import java.util.Map;

/**
 * Names looked up by {@link SuggestionLabels}. A record whose entry is missing (not indexed yet) is named by
 * its code or id, so a result never lacks a name altogether.
 */
public record Labels(Map<String, SuggestionDocument> byId) {

    static final String DISCIPLINE = Disciplines.ENTITY;
    static final String INSTITUTION = Institutions.ENTITY;

    /** The discipline as code (in the id), English and Chinese name. */
    public NamedPart discipline(String code) {
        return named(DISCIPLINE, code);
    }

    public NamedPart institution(String id) {
        return named(INSTITUTION, id);
    }

    private NamedPart named(String kind, String refId) {
        var entry = byId.get(DocumentRef.suggestion(kind, refId).id());
        return entry == null ? new NamedPart(refId, refId, null) : new NamedPart(refId, entry.label(), entry.labelZh());
    }
}
