package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.TopicVocabulary;
import org.jointresearch.registry.core.importer.ImportDocument.CentreEntry;

import java.util.List;

/**
 * A joint centre of the world.
 *
 * @param agreement    index of the agreement it was founded under, -1 if none
 * @param institutions indexes of its institutions
 * @param field        the vocabulary of its main discipline
 * @param teams        indexes of its teams
 */
record WorldCentre(String key, int agreement, List<Integer> institutions, List<String> codes,
                   TopicVocabulary field, List<Integer> teams, CentreEntry entry) {
}
