package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;

/** A search request built from checked parameters, with the paging it was built for. */
public record PreparedSearch(SearchRequest request, Paging paging) {
}
