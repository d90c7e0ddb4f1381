package org.jointresearch.registry.api.web.account;

import io.micronaut.core.annotation.Nullable;

/**
 * What the sign-in page shows: the form with the name typed so far, where to go afterwards, and why the
 * last attempt was refused.
 *
 * @param errorKey         the message key of the refusal, or null
 * @param retryAfterMinutes how long a locked name must wait, for the throttled refusal
 */
public record SignInPage(String username, String next, String csrfToken, @Nullable String errorKey,
                         long retryAfterMinutes) {

    static SignInPage blank(String next, String csrfToken) {
        return new SignInPage("", next, csrfToken, null, 0);
    }
}
