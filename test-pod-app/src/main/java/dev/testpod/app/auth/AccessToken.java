package dev.testpod.app.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Token response in the OAuth 2.0 form (RFC 6749, section 5.1). */
public record AccessToken(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {
}
