/**
 * The registry's Elasticsearch stable analysis plugin: English stemming, ASCII folding, CJK
 * bigrams and edge n-grams for an Elasticsearch that ships without the analysis-common module.
 */
package org.jointresearch.registry.search.analysis;
