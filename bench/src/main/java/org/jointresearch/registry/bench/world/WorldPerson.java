package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.TopicVocabulary;
import org.jointresearch.registry.core.importer.ImportDocument.PersonEntry;

/**
 * A person of the world and what the rest of the generator needs to know about them.
 *
 * @param institution index of the institution of their main post
 * @param seniority   0 for those who lead projects, 1 for those who work on them, 2 for students and assistants
 * @param field       the vocabulary of their main discipline
 */
record WorldPerson(String key, int institution, int seniority, String position, TopicVocabulary field,
                   PersonEntry entry) {

    boolean student() {
        return position.contains("Student");
    }
}
