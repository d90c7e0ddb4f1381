package org.jointresearch.registry.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What an API test of a resource starts from: a client of the running registry and the records it
 * refers to, registered through the API. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
public abstract class RegistryApiTest {

    @Inject
    @Client("/")
    protected HttpClient http;

    protected ApiClient api;
    protected Referenced referenced;

    @BeforeEach
    void connectToTheRegistry() {
        api = new ApiClient(http);
        referenced = new Referenced(api);
    }
}
