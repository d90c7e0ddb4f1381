package org.jointresearch.registry.core.change;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Attributes changes to the registry itself when no caller is known (imports, tests of the core). */
@Singleton
@Secondary
class SystemActor implements CurrentActor {

    @Override
    public String name() {
        return "system";
    }
}
