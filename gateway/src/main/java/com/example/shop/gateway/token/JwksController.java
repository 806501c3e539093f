package com.example.shop.gateway.token;

import com.example.shop.web.apidoc.ApiTags;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Publishes the public keys that sign tokens, for every service to verify them with (RFC 7517). */
@Tag(name = ApiTags.ACCOUNTS)
@RestController
class JwksController {

    /** A JSON Web Key Set; the members of an RSA public key ({@code kty}, {@code n}, {@code e}, ...) are all text. */
    record KeySet(List<Map<String, String>> keys) {
    }

    private final KeySet keys;

    JwksController(RSAKey signingKey) {
        // toPublicJWK() leaves out the private parts.
        Map<String, String> key = new LinkedHashMap<>();
        signingKey.toPublicJWK().toJSONObject().forEach((name, value) -> key.put(name, String.valueOf(value)));
        this.keys = new KeySet(List.of(key));
    }

    @Operation(operationId = "getSigningKeys", summary = "The keys that sign access tokens",
            description = "A JSON Web Key Set (RFC 7517) with the public key of every token signing key, for "
                    + "whoever checks tokens on their own.")
    @ApiResponse(responseCode = "200", description = "The key set")
    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KeySet> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(keys);
    }
}
