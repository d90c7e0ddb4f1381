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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Packs entries, given section by section in import order, into as few documents as fit a size: each document, serialised by
 * the registry's own mapper, takes at most {@code maxBytes}. Entries of several sections may share a
 * document, since the import writes a document's sections in the order the references need.
 *
 * <p>The size is counted rather than measured on the whole document: the mapper writes a document as
 * {@code {"section":[entry,entry],"section":[...]}}, leaving out empty sections, so its size is the entries'
 * own sizes plus that punctuation.
 */
final class DocumentPacker implements Iterator<ImportDocument> {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    /** The sections as ImportDocument names them, in its order. */
    static final List<String> SECTIONS =
            List.of("institutions", "people", "agreements", "centres", "teams", "projects", "programmes");

    private final List<Iterator<?>> sections;
    private final int maxBytes;
    private int current;
    private Object pending;
    private int pendingBytes;

    /** @param sections the entries of each section, in import order */
    DocumentPacker(List<Iterator<?>> sections, int maxBytes) {
        this.sections = sections;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        return pending != null || nextEntryExists();
    }

    private boolean nextEntryExists() {
        while (current < sections.size() && !sections.get(current).hasNext()) {
            current++;
        }
        return current < sections.size();
    }

    @Override
    public ImportDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<List<Object>> document = new ArrayList<>(SECTIONS.size());
        SECTIONS.forEach(name -> document.add(new ArrayList<>()));
        long size = 2;
        boolean empty = true;
        while (hasNext()) {
            if (pending == null) {
                pending = sections.get(current).next();
                pendingBytes = serialisedSize(pending);
            }
            int kind = sectionOf(pending);
            var entries = document.get(kind);
            long added = pendingBytes + (entries.isEmpty() ? SECTIONS.get(kind).length() + 5 + (empty ? 0 : 1) : 1);
            if (size + added > maxBytes) {
                if (empty) {
                    throw new IllegalStateException("an entry alone takes " + pendingBytes + " bytes, more than "
                            + maxBytes + ": " + pending);
                }
                break;
            }
            entries.add(pending);
            size += added;
            empty = false;
            pending = null;
        }
        return new ImportDocument(orNull(document.get(0)), orNull(document.get(1)), orNull(document.get(2)),
                orNull(document.get(3)), orNull(document.get(4)), orNull(document.get(5)), orNull(document.get(6)));
    }

    static int serialisedSize(Object value) {
        var counter = new ByteCounter();
        try {
            JSON.writeValue(counter, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + value, e);
        }
        return counter.count;
    }

    /** Counts what the mapper writes instead of keeping it: only the size is wanted here. */
    private static final class ByteCounter extends OutputStream {

        private int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    private static int sectionOf(Object entry) {
        return switch (entry) {
            case InstitutionEntry ignored -> 0;
            case PersonEntry ignored -> 1;
            case AgreementEntry ignored -> 2;
            case CentreEntry ignored -> 3;
            case TeamEntry ignored -> 4;
            case ProjectEntry ignored -> 5;
            case ProgrammeEntry ignored -> 6;
            default -> throw new IllegalArgumentException("not an entry of an import document: " + entry);
        };
    }

    /** The entries as the document's list of their type; null when there are none, as the mapper leaves them out. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> orNull(List<Object> entries) {
        return entries.isEmpty() ? null : (List<T>) List.copyOf(entries);
    }
}
