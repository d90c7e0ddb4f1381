package org.jointresearch.registry.bench.harness;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the registry under test and the engines beneath it are, and how the registry is started.
 *
 * @param registryJar the registry's runnable jar (registry-api's shaded jar)
 * @param dbUrl       the benchmark's own database: the harness empties it before it starts
 * @param indexPrefix the benchmark's own index prefix: the harness deletes every index under it
 * @param port        where the registry under test listens
 * @param heap        the registry's maximum heap ({@code -Xmx}), the memory target of issue 8 by default
 */
public record BenchSettings(Path registryJar, String dbUrl, String dbUser, String dbPassword, URI elasticsearch,
                            String indexPrefix, int port, String heap) {

    public URI registry() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
