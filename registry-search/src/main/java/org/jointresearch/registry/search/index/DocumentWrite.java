package org.jointresearch.registry.search.index;

import io.micronaut.core.annotation.Nullable;

/**
 * What to do to one document: put {@code source} in place of whatever it held, or delete it when the
 * record is gone ({@code source} null).
 */
public record DocumentWrite(DocumentRef ref, @Nullable Object source) {

    public static DocumentWrite put(RegistryIndex index, String id, Object source) {
        return new DocumentWrite(new DocumentRef(index, id), source);
    }

    public static DocumentWrite delete(DocumentRef ref) {
        return new DocumentWrite(ref, null);
    }

    public boolean deletes() {
        return source == null;
    }
}
