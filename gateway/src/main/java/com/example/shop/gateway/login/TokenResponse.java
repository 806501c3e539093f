package com.example.shop.gateway.login;

import com.example.shop.gateway.account.Sessions.IssuedRefreshToken;
import com.example.shop.gateway.token.IssuedToken;

/**
 * What a login and a refresh answer: an access token to send with each call, and the refresh token that buys the
 * next one.
 *
 * @param expiresIn        seconds the access token is valid
 * @param refreshToken     exchanged once at {@code POST /api/auth/refresh}, ended at {@code POST /api/auth/logout}
 * @param refreshExpiresIn seconds the refresh token may be exchanged; each exchange gives a new one
 */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                     long refreshExpiresIn) {

    static TokenResponse of(IssuedToken access, IssuedRefreshToken refresh) {
        return new TokenResponse(access.value(), "Bearer", access.expiresIn().toSeconds(), refresh.value(),
                refresh.expiresIn().toSeconds());
    }
}
