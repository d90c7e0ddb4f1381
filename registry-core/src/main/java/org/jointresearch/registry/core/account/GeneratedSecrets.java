package org.jointresearch.registry.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets made at first use and kept in the database, for installations whose environment provides
 * none (development). Every instance sharing the database gets the same secret.
 */
@Singleton
public class GeneratedSecrets {

    private static final int BYTES = 64;

    private final GeneratedSecretRepository repository;
    private final SecureRandom random = new SecureRandom();

    GeneratedSecrets(GeneratedSecretRepository repository) {
        this.repository = repository;
    }

    /** The secret of this name, 64 random bytes in Base64, generated the first time it is asked for. */
    @Transactional
    public String named(String name) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        repository.insertIfAbsent(name, Base64.getEncoder().encodeToString(bytes));
        return repository.getByName(name).secret();
    }
}
