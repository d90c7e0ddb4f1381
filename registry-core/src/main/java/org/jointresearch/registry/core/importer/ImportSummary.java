package org.jointresearch.registry.core.importer;

import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an import did, per kind of record: how many it created, updated and found already up to date. */
@Serdeable
public record ImportSummary(Map<String, Counts> sections) {

    public ImportSummary() {
        this(new LinkedHashMap<>());
    }

    /** How many records the import created or updated, of every kind. */
    int written() {
        return sections.values().stream().mapToInt(counts -> counts.created() + counts.updated()).sum();
    }

    void count(String section, Outcome outcome) {
        sections.merge(section, outcome.asCounts(), Counts::plus);
    }

    /** How many records of one kind the import created, updated or left alone. */
    @Serdeable
    public record Counts(int created, int updated, int unchanged) {

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
        }
    }

    enum Outcome {
        CREATED, UPDATED, UNCHANGED;

        Counts asCounts() {
            return new Counts(this == CREATED ? 1 : 0, this == UPDATED ? 1 : 0, this == UNCHANGED ? 1 : 0);
        }
    }
}
