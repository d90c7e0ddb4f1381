package org.jointresearch.registry.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JDK's ahead-of-time cache of the registry's classes, loaded and linked, as a deployment keeps one
 * beside its jar (JDK 25 and later): a training run records it as it exits, later launches start from it.
 */
public record StartupCache(Path file) {

    private static final int FIRST_JDK_WITH_AOT_CACHE = 25;

    public static boolean supported() {
        return Runtime.version().feature() >= FIRST_JDK_WITH_AOT_CACHE;
    }

    /** The options of a training run, which writes the cache when it exits. */
    List<String> recordOptions() {
        return List.of("-XX:AOTCacheOutput=" + file);
    }

    /** The options of a launch from the cache. */
    List<String> useOptions() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no start-up cache at " + file + ": the training run did not write one");
        }
        return List.of("-XX:AOTCache=" + file);
    }

    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
