package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** A refused sign-in: wrong credentials, or, with {@code retryAfter}, too many recent failures of the name. */
public final class SignInRefusedException extends RuntimeException {

    private final transient Duration retryAfter;

    SignInRefusedException(@Nullable Duration retryAfter) {
        super(retryAfter == null ? "The user name or the password is wrong."
                : "Too many failed sign-ins for this user name; try again later.");
        this.retryAfter = retryAfter;
    }

    /** How long the name stays locked; null when the credentials were simply wrong. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
