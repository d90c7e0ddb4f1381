package org.jointresearch.registry.api.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A successful login, as OAuth 2.0 names its fields (RFC 6749, section 5.1).
 *
 * @param expiresIn seconds the access token stays valid
 */
@Serdeable
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Integer expiresIn,
        String username,
        List<String> roles) {
}
