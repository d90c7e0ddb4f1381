/**
 * What every search shares: the user's text kept as data ({@link org.jointresearch.registry.search.query.SearchText},
 * {@link org.jointresearch.registry.search.query.FullText}), whitelisted parameters, filters, and paging by
 * {@code search_after} with opaque cursors. Builders here and in each feature's package need no client, so a unit
 * test can render what they build to JSON.
 */
package org.jointresearch.registry.search.query;
