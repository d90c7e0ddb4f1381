package org.jointresearch.registry.api;

import io.micronaut.runtime.Micronaut;

/** Starts the registry: HTTP API, web pages, and the background indexer. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
