package org.jointresearch.registry.bench.world;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the world's seed: one per purpose, and one per record where a
 * record must be generated on its own (a project, from its index alone), so that nothing depends on the
 * order in which the records are asked for.
 */
final class Seeds {

    private Seeds() {
    }

    static SplittableRandom random(long seed, String purpose) {
        return new SplittableRandom(mix(seed ^ mix(purpose.hashCode())));
    }

    static SplittableRandom random(long seed, String purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(purpose.hashCode())) + index));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
