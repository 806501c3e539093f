package com.example.shop.gateway.account;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.gateway.throttle.TooManyAttempts;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Anyone signs up; a user reads their own account; an admin lists accounts and changes roles. */
@Tag(name = ApiTags.ACCOUNTS)
@RestController
class AccountController {

    record RegisterRequest(@NotBlank @Size(max = 254) @Email(regexp = Accounts.EMAIL_SHAPE) String email,
                           @NotNull @Size(min = 8, max = 128) String password,
                           @NotBlank @Size(max = 100) String name) {
    }

    record RolesRequest(@NotEmpty @Size(max = 2) List<@NotNull @Pattern(regexp = "USER|ADMIN",
            message = "must be USER or ADMIN") String> roles) {
    }

    private final Accounts accounts;
    private final SignUpThrottle throttle;

    AccountController(Accounts accounts, SignUpThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Operation(operationId = "register", summary = "Sign up",
            description = "Creates an account with the role USER. Log in afterwards for a token. Past a number of "
                    + "sign-ups from one address, or from everybody, within a while, further ones are refused "
                    + "(429, Retry-After); while the gateway checks as many passwords as it can, 503 with "
                    + "Retry-After. Neither stores anything.")
    @ApiResponse(responseCode = "201", description = "The account was created",
            content = @Content(schema = @Schema(implementation = Account.class)))
    @Refusals({ErrorCode.EMAIL_TAKEN, ErrorCode.TOO_MANY_ATTEMPTS, ErrorCode.TOO_BUSY})
    @PostMapping(value = "/api/auth/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        Optional<Duration> wait = throttle.admit(http.getRemoteAddr());
        if (wait.isPresent()) {
            return TooManyAttempts.answer(wait.get(), "sign-ups");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(accounts.register(request.email(), request.password(), request.name()));
    }

    @Operation(operationId = "getOwnAccount", summary = "One's own account",
            description = "The account of the token's user: id, e-mail, name and roles.")
    @ApiResponse(responseCode = "200", description = "The caller's account")
    @GetMapping("/api/users/me")
    Account me(@AuthenticationPrincipal Jwt token) {
        UUID id = UUID.fromString(token.getSubject());
        return accounts.find(id).orElseThrow(() -> new UnknownUser(id));
    }

    @Operation(operationId = "listAccounts", summary = "Every account", description = "A page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of accounts")
    @GetMapping("/api/users")
    AccountPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return accounts.list(page, size);
    }

    /** Ends the user's sessions; the access token they hold keeps its roles until it expires. */
    @Operation(operationId = "changeRoles", summary = "Give a user their roles",
            description = "Replaces the user's roles. When they change, the user's sessions end: their refresh "
                    + "tokens are refused, and their next login gives tokens with the new roles. An access token "
                    + "they hold keeps its roles until it expires.")
    @ApiResponse(responseCode = "200", description = "The account with its new roles")
    @Refusals(ErrorCode.USER_NOT_FOUND)
    @PutMapping(value = "/api/users/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    Account changeRoles(@PathVariable UUID id, @Valid @RequestBody RolesRequest request) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        request.roles().forEach(role -> roles.add(Role.valueOf(role)));
        return accounts.changeRoles(id, roles);
    }

    @ExceptionHandler(EmailTaken.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailTaken e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, ErrorCode.EMAIL_TAKEN, e.getMessage()));
    }

    @ExceptionHandler(UnknownUser.class)
    ResponseEntity<ProblemDetail> unknownUser(UnknownUser e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, ErrorCode.USER_NOT_FOUND, e.getMessage()));
    }
}
