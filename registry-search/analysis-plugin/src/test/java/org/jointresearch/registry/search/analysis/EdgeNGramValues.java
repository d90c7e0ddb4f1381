package org.jointresearch.registry.search.analysis;

/** Edge n-gram settings as an index would declare them, for tests. */
record EdgeNGramValues(int minGram, int maxGram, boolean preserveOriginal) implements EdgeNGramSettings {
}
