package com.example.shop.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * Finds the RSA key that signs tokens: the one configured, or else one made on first start and kept in a directory,
 * so that tokens issued before a restart stay valid after it. The files are PEM, like the ones the local run makes.
 */
final class SigningKeys {

    static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    static final String PUBLIC_KEY_FILE = "jwt-public.pem";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    /** The signing key, private part included, with its {@code kid}, {@code use=sig} and {@code alg=RS256}. */
    static RSAKey load(TokenProperties properties) {
        KeyPair keys;
        if (properties.privateKeyLocation() != null) {
            keys = configured(properties.privateKeyLocation(), properties.publicKeyLocation());
        } else if (properties.publicKeyLocation() != null) {
            // The services would trust that public key while the gateway signed with another one: refuse to start.
            throw new IllegalStateException("A public key location is configured (JWT_PUBLIC_KEY_LOCATION) but no "
                    + "private key location (JWT_PRIVATE_KEY_LOCATION): the gateway needs the private key to sign");
        } else {
            keys = kept(properties.keyDirectory());
        }
        RSAKey.Builder jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256);
        try {
            return StringUtils.hasText(properties.keyId())
                    ? jwk.keyID(properties.keyId()).build()
                    : jwk.keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key id of the signing key", e);
        }
    }

    private static KeyPair configured(Resource privateLocation, Resource publicLocation) {
        RSAPrivateKey privateKey;
        try (InputStream pem = privateLocation.getInputStream()) {
            privateKey = RsaKeyConverters.pkcs8().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the private key at " + privateLocation, e);
        }
        RSAPublicKey derived = publicHalfOf(privateKey);
        if (publicLocation != null) {
            RSAPublicKey given = readPublicKey(publicLocation);
            if (!given.getModulus().equals(derived.getModulus())
                    || !given.getPublicExponent().equals(derived.getPublicExponent())) {
                throw new IllegalStateException("The public key at " + publicLocation
                        + " is not the public half of the private key at " + privateLocation);
            }
        }
        return new KeyPair(derived, privateKey);
    }

    private static KeyPair kept(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.isRegularFile(privateFile)) {
                Files.createDirectories(directory);
                KeyPair generated = generate();
                writeOwnerOnly(privateFile, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", generated.getPublic().getEncoded()));
                log.info("Made a new token signing key in {}", directory.toAbsolutePath());
            }
            RSAPrivateKey privateKey;
            try (InputStream in = Files.newInputStream(privateFile)) {
                privateKey = RsaKeyConverters.pkcs8().convert(in);
            }
            return new KeyPair(publicHalfOf(privateKey), privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token signing key in " + directory, e);
        }
    }

    private static RSAPublicKey readPublicKey(Resource location) {
        try (InputStream pem = location.getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key at " + location, e);
        }
    }

    /** PKCS#8 RSA keys carry the modulus and public exponent, so the public half never has to be configured. */
    private static RSAPublicKey publicHalfOf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("the private key carries no public exponent; configure the public key");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Whoever reads the private key can mint admin tokens, so other users of the machine may not. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
