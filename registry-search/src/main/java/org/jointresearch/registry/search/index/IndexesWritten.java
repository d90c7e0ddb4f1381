package org.jointresearch.registry.search.index;

import java.util.Set;

/**
 * Published after documents reached the live indexes, so that what this instance keeps from them (such as
 * cached names) can be forgotten at once instead of on its own clock.
 *
 * @param refs       the documents just written or deleted
 * @param everything true after a rebuild swapped every index, when any document may have changed
 */
public record IndexesWritten(Set<DocumentRef> refs, boolean everything) {

    static IndexesWritten of(Set<DocumentRef> refs) {
        return new IndexesWritten(Set.copyOf(refs), false);
    }

    static IndexesWritten rebuilt() {
        return new IndexesWritten(Set.of(), true);
    }
}
