package org.jointresearch.registry.core.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A secret the registry generated for itself, such as the development key that signs tokens. */
@MappedEntity("generated_secret")
record GeneratedSecret(@Id String name, String secret) {
}
