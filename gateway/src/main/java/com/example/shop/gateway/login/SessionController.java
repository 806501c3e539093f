package com.example.shop.gateway.login;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.gateway.account.Sessions;
import com.example.shop.gateway.account.Sessions.Refreshed;
import com.example.shop.gateway.token.TokenIssuer;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Keeps a login going with its refresh token, and ends it. */
@Tag(name = ApiTags.ACCOUNTS)
@RestController
class SessionController {

    record RefreshTokenRequest(@NotNull @Pattern(regexp = Sessions.REFRESH_TOKEN_SHAPE,
            message = "must be a refresh token as login or refresh answered it") String refreshToken) {
    }

    private final Sessions sessions;
    private final TokenIssuer tokens;

    SessionController(Sessions sessions, TokenIssuer tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Operation(operationId = "refresh", summary = "Renew the tokens",
            description = "Exchanges a refresh token for a new access token and a new refresh token; the one sent "
                    + "is spent. A refresh token that is unknown, expired, revoked or spent already is refused, "
                    + "and a spent one revokes its whole session: somebody else holds a copy. A change of the "
                    + "user's roles revokes their sessions too. Then log in again.")
    @ApiResponse(responseCode = "200", description = "The new access and refresh tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @Refusals(ErrorCode.INVALID_REFRESH_TOKEN)
    @PostMapping(value = "/api/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return sessions.refresh(request.refreshToken())
                .<ResponseEntity<?>>map(this::tokensFor)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .body(Problems.of(HttpStatus.UNAUTHORIZED, ErrorCode.INVALID_REFRESH_TOKEN,
                                "the refresh token is not valid (any more); log in again")));
    }

    @Operation(operationId = "logout", summary = "Log out",
            description = "Revokes the session of this refresh token: neither it nor any token issued after it "
                    + "can be exchanged again. The access token already issued stays valid until it expires "
                    + "(`expiresIn` of the login). Answers 204 for a token of no session as well.")
    @ApiResponse(responseCode = "204", description = "The session is over")
    @PostMapping(value = "/api/auth/logout", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
        sessions.end(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<TokenResponse> tokensFor(Refreshed refreshed) {
        return ResponseEntity.ok(TokenResponse.of(
                tokens.issue(refreshed.account().id(), refreshed.account().email(), refreshed.account().roles()),
                refreshed.refreshToken()));
    }
}
