package org.jointresearch.registry.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Hashes and checks passwords with bcrypt, deliberately slow (cost 12 unless configured), so a stolen
 * table of hashes resists guessing.
 */
@Singleton
class Passwords {

    /** bcrypt reads no further than this; longer passwords are refused rather than silently cut. */
    static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    /**
     * Checked when no account has the name, so that an unknown name costs as much time as a wrong password;
     * hashed in the background, as it would otherwise add a quarter of a second to start-up.
     */
    private final CompletableFuture<String> decoy;

    Passwords(@Value("${registry.security.bcrypt-cost:12}") int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoy = CompletableFuture.supplyAsync(() -> encoder.encode(UUID.randomUUID().toString()));
    }

    static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether the password matches the hash; with no hash it spends the same time and answers false. */
    boolean matches(String password, @Nullable String hash) {
        if (!fits(password)) {
            return false;
        }
        boolean matched = encoder.matches(password, hash == null ? decoy.join() : hash);
        return hash != null && matched;
    }
}
