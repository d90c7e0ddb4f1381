package org.jointresearch.registry.api.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world loads at start-up, outside any request, and its history names the registry itself. */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class DemoWorldActorTest extends RegistryApiTest {

    @Test
    void recordsTheDemoWorldAsTheSystemsChanges() {
        var institution = api.get("/api/v1/institutions?size=1").items().getFirst();

        var history = api.get("/api/v1/institutions/" + institution.get("id") + "/history").items();

        assertThat(history).extracting(entry -> entry.get("actor")).containsExactly("system");
    }
}
