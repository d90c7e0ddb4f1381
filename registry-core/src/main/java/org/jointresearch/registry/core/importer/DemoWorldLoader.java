package org.jointresearch.registry.core.importer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceLoader;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Loads the demo world (HKUST and the Zhejiang University hospitals, with illustrative centres,
 * teams and projects) at start-up when {@code registry.demo-data} is on, as {@code bin/run} does.
 */
@Singleton
@Requires(property = "registry.demo-data", value = "true")
class DemoWorldLoader {

    static final String RESOURCE = "classpath:demo/demo-world.json";
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorldLoader.class);

    private final RegistryImport registryImport;
    private final ResourceLoader resources;
    private final JsonMapper json;

    DemoWorldLoader(RegistryImport registryImport, ResourceLoader resources, JsonMapper json) {
        this.registryImport = registryImport;
        this.resources = resources;
        this.json = json;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.info("Demo world loaded: {}", registryImport.load(demoWorld()).sections());
    }

    ImportDocument demoWorld() {
        try (var in = resources.getResourceAsStream(RESOURCE).orElseThrow(
                () -> new IllegalStateException(RESOURCE + " is missing from the build"))) {
            return json.readValue(in, ImportDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
