package org.jointresearch.registry.search.index;

/** One document of one of the registry's indexes, by its id. */
public record DocumentRef(RegistryIndex index, String id) {

    /**
     * The entry of the {@code suggestions} index for a record: {@code kind:refId}, the kind being the
     * record's entity type ({@code institution}, {@code discipline}, ...), e.g. {@code discipline:3.2.1}.
     */
    public static DocumentRef suggestion(String kind, String refId) {
        return new DocumentRef(RegistryIndex.SUGGESTIONS, kind + ":" + refId);
    }

    @Override
    public String toString() {
        return index.suffix() + "/" + id;
    }
}
