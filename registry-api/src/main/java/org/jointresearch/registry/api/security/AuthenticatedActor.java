package org.jointresearch.registry.api.security;

import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.CurrentActor;

/**
 * Names the signed-in user as the author of a change; changes made outside a request (the demo world
 * loaded at start-up, the first administrator's account) are the registry's own, {@code system}.
 */
@Singleton
class AuthenticatedActor implements CurrentActor {

    private final SecurityService security;

    AuthenticatedActor(SecurityService security) {
        this.security = security;
    }

    @Override
    public String name() {
        return security.username().orElse("system");
    }
}
