package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.importer.ImportDocument.TeamEntry;

import java.util.List;

/**
 * A team of a joint centre.
 *
 * @param members indexes of its members, its lead first
 */
record WorldTeam(String key, List<Integer> members, TeamEntry entry) {
}
