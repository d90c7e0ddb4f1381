package org.jointresearch.registry.api.web.search;

import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.search.centre.CentreHit;
import org.jointresearch.registry.search.document.NamedPart;

import java.util.List;

/** A joint research centre matching the words, as the search page lists it above the projects: its page and its institutions. */
public record CentreMatch(Ref centre, List<NamedPart> institutions) {

    static CentreMatch of(CentreHit hit) {
        return new CentreMatch(new Ref("/centres/" + hit.id(), hit.name(), hit.nameZh()), hit.institutions());
    }
}
