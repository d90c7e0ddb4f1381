package org.jointresearch.registry.search.centre;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.document.Lists;
import org.jointresearch.registry.search.document.NamedPart;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint research centre in the {@code centres} index, with its institutions and directors by name.
 * Mapped by {@code index/centres.json}.
 */
public record CentreDocument(
        String id,
        String name,
        @Nullable String nameZh,
        @Nullable String description,
        List<String> disciplineCodes,
        List<String> disciplineAncestors,
        List<String> disciplineNames,
        List<InstitutionPart> institutions,
        @Nullable String agreementId,
        String status,
        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate establishedOn,
        List<NamedPart> directors) {

    public CentreDocument {
        disciplineCodes = Lists.orEmpty(disciplineCodes);
        disciplineAncestors = Lists.orEmpty(disciplineAncestors);
        disciplineNames = Lists.orEmpty(disciplineNames);
        institutions = Lists.orEmpty(institutions);
        directors = Lists.orEmpty(directors);
    }
}
