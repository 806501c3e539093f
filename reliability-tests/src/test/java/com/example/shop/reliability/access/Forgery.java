package com.example.shop.reliability.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Makes tokens the way an attacker would, starting from a genuine token and, where the attack allows, signing
 * with the gateway's real key: each forgery then differs from a token the shop accepts by its one flaw alone.
 */
final class Forgery {

    private final String genuine;
    private final JWTClaimsSet claims;
    private final String kid;
    private final PrivateKey gatewayKey;

    private Forgery(String genuine, JWTClaimsSet claims, String kid, PrivateKey gatewayKey) {
        this.genuine = genuine;
        this.claims = claims;
        this.kid = kid;
        this.gatewayKey = gatewayKey;
    }

    /** From a token the gateway issued and the private key it signs with (PKCS#8 PEM in its key directory). */
    static Forgery of(String genuine, Path gatewayKeyDirectory) {
        try (InputStream pem = Files.newInputStream(gatewayKeyDirectory.resolve("jwt-private.pem"))) {
            SignedJWT token = SignedJWT.parse(genuine);
            return new Forgery(genuine, token.getJWTClaimsSet(), token.getHeader().getKeyID(),
                    RsaKeyConverters.pkcs8().convert(pem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The control: the same claims, the real key and kid. Must be accepted, or the forgeries prove nothing. */
    String faithful() {
        return sign(gatewayKey, kid, claims);
    }

    String algNone() {
        return new PlainJWT(claims).serialize();
    }

    String signedWithAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), kid, claims);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The genuine header and signature over a payload that names somebody else: an impersonation. */
    String tamperedSubject() {
        String[] parts = genuine.split("\\.");
        String payload = new JWTClaimsSet.Builder(claims).subject(UUID.randomUUID().toString()).build().toString();
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    String expired() {
        return sign(gatewayKey, kid, new JWTClaimsSet.Builder(claims)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))).build());
    }

    String wrongIssuer() {
        return sign(gatewayKey, kid, new JWTClaimsSet.Builder(claims).issuer("https://somebody-else.example").build());
    }

    String unknownKid() {
        return sign(gatewayKey, "a-key-nobody-published", claims);
    }

    private static String sign(PrivateKey key, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
