package org.jointresearch.registry.core.account;

import java.time.Duration;

/** How an attempt to sign in ended. */
public sealed interface SignInResult {

    /** The name and password match this account. */
    record Accepted(UserAccount account) implements SignInResult {
    }

    /** Wrong name or password; which of the two is never said. */
    record Refused() implements SignInResult {
    }

    /** Too many recent failures for this name: no password is checked until the lock ends. */
    record Throttled(Duration retryAfter) implements SignInResult {
    }
}
