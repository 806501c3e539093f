package com.example.shop.gateway.login;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.gateway.account.Account;
import com.example.shop.gateway.account.Accounts;
import com.example.shop.gateway.account.Sessions;
import com.example.shop.gateway.throttle.TooManyAttempts;
import com.example.shop.gateway.token.IssuedToken;
import com.example.shop.gateway.token.TokenIssuer;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import com.example.shop.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Optional;

/**
 * Exchanges credentials for tokens and opens a session. An unknown e-mail and a wrong password get the very same
 * answer, and take about as long, so that nobody can find out which e-mails have accounts.
 */
@Tag(name = ApiTags.ACCOUNTS)
@RestController
class LoginController {

    record LoginRequest(@NotBlank @Size(max = 254) @Email(regexp = Accounts.EMAIL_SHAPE) String email,
                        @NotNull @Size(min = 8, max = 128) String password) {
    }

    private final Accounts accounts;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final Sessions sessions;

    LoginController(Accounts accounts, TokenIssuer tokens, LoginThrottle throttle, Sessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @Operation(operationId = "login", summary = "Log in",
            description = "Answers an access token to send as `Authorization: Bearer <token>`, and a refresh "
                    + "token for the next one (`POST /api/auth/refresh`). After repeated failures for one e-mail "
                    + "or from one address, further attempts are refused for a while (429, Retry-After); while "
                    + "the gateway checks as many passwords as it can, 503 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "The access and refresh tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @Refusals({ErrorCode.INVALID_CREDENTIALS, ErrorCode.TOO_MANY_ATTEMPTS, ErrorCode.TOO_BUSY})
    @PostMapping(value = "/api/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String email = Accounts.normalize(request.email());
        String address = http.getRemoteAddr();
        Optional<Duration> wait = throttle.refusal(email, address);
        if (wait.isPresent()) {
            return TooManyAttempts.answer(wait.get(), "failed logins");
        }
        Optional<Account> account = accounts.authenticate(email, request.password());
        if (account.isEmpty()) {
            throttle.failed(email, address);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, ErrorCode.INVALID_CREDENTIALS,
                            "the e-mail or the password is wrong"));
        }
        throttle.succeeded(email);
        Account user = account.get();
        IssuedToken token = tokens.issue(user.id(), user.email(), user.roles());
        return ResponseEntity.ok(TokenResponse.of(token, sessions.open(user.id())));
    }
}
