package org.jointresearch.registry.bench.world;

import io.micronaut.serde.ObjectMapper;
import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportDocument.AgreementEntry;
import org.jointresearch.registry.core.importer.ImportDocument.CentreEntry;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProgrammeEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;
import org.jointresearch.registry.core.importer.ImportDocument.TeamEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A world's documents read to the end, serialised as the harness sends them, with their entries by section. */
record WorldContents(List<ImportDocument> documents, List<byte[]> serialised, List<InstitutionEntry> institutions,
                     List<PersonEntry> people, List<AgreementEntry> agreements, List<CentreEntry> centres,
                     List<TeamEntry> teams, List<ProjectEntry> projects, List<ProgrammeEntry> programmes) {

    static final ObjectMapper JSON = ObjectMapper.getDefault();

    static WorldContents of(World world) {
        return of(world, World.MAX_DOCUMENT_BYTES);
    }

    static WorldContents of(World world, int maxBytes) {
        var documents = world.documents(maxBytes).toList();
        return new WorldContents(documents, documents.stream().map(WorldContents::serialise).toList(),
                all(documents, ImportDocument::institutions), all(documents, ImportDocument::people),
                all(documents, ImportDocument::agreements), all(documents, ImportDocument::centres),
                all(documents, ImportDocument::teams), all(documents, ImportDocument::projects),
                all(documents, ImportDocument::programmes));
    }

    static byte[] serialise(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> all(List<ImportDocument> documents, Function<ImportDocument, List<T>> section) {
        var entries = new ArrayList<T>();
        documents.forEach(document -> entries.addAll(orEmpty(section.apply(document))));
        return entries;
    }

    static <T> List<T> orEmpty(List<T> entries) {
        return entries == null ? List.of() : entries;
    }
}
