package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.Country;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.List;

/**
 * An institution of the world and what the rest of the generator needs to know about it.
 *
 * @param parent    index of the parent institution, -1 for a top-level one
 * @param top       index of the top-level institution it belongs to (itself if it is one)
 * @param codes     the disciplines its researchers work in
 * @param staff     which posts its researchers hold: academic, clinical, research or company
 * @param signs     whether it has leaders who sign agreements for it (top-level ones, medical schools,
 *                  hospitals), and so can be a party to one
 */
record WorldInstitution(int index, String key, InstitutionKind kind, int parent, int top, Country country,
                        String name, String nameZh, String acronym, String domain, List<String> codes, String staff,
                        boolean signs, InstitutionEntry entry) {

    boolean isTop() {
        return parent < 0;
    }
}
