package com.example.shop.gateway.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void makesAKeyOnFirstStartAndKeepsItForTheNext() throws Exception {
        RSAKey first = SigningKeys.load(kept(directory));
        RSAKey second = SigningKeys.load(kept(directory));

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(Files.getPosixFilePermissions(directory.resolve(SigningKeys.PRIVATE_KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(directory.resolve(SigningKeys.PUBLIC_KEY_FILE))).startsWith("-----BEGIN PUBLIC KEY");
    }

    @Test
    void theKeyIdIsTheThumbprintOfTheKeyUnlessOneIsConfigured() throws Exception {
        RSAKey byThumbprint = SigningKeys.load(kept(directory));
        RSAKey named = SigningKeys.load(new TokenProperties("iss", Duration.ofMinutes(1), null, null, directory, "k1"));

        assertThat(byThumbprint.getKeyID()).isEqualTo(byThumbprint.computeThumbprint().toString());
        assertThat(named.getKeyID()).isEqualTo("k1");
        assertThat(byThumbprint.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(byThumbprint.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    @Test
    void usesTheConfiguredPrivateKeyAndDerivesItsPublicHalf() throws Exception {
        KeyPair pair = rsa();
        Path privateFile = write("private.pem", SigningKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicFile = write("public.pem", SigningKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));

        RSAKey withoutPublic = SigningKeys.load(configured(privateFile, null));
        RSAKey withPublic = SigningKeys.load(configured(privateFile, publicFile));

        assertThat(withoutPublic.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(withPublic.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(Files.exists(directory.resolve("keys"))).isFalse();
    }

    @Test
    void refusesAPublicKeyThatIsNotTheHalfOfThePrivateKey() throws Exception {
        Path privateFile = write("private.pem", SigningKeys.pem("PRIVATE KEY", rsa().getPrivate().getEncoded()));
        Path otherPublic = write("other.pem", SigningKeys.pem("PUBLIC KEY", rsa().getPublic().getEncoded()));

        assertThatThrownBy(() -> SigningKeys.load(configured(privateFile, otherPublic)))
                .hasMessageContaining("is not the public half");
    }

    @Test
    void refusesToStartWithAPublicKeyButNoPrivateKey() throws Exception {
        Path publicFile = write("public.pem", SigningKeys.pem("PUBLIC KEY", rsa().getPublic().getEncoded()));

        assertThatThrownBy(() -> SigningKeys.load(new TokenProperties("iss", Duration.ofMinutes(1), null,
                new FileSystemResource(publicFile), directory, null)))
                .hasMessageContaining("JWT_PRIVATE_KEY_LOCATION");
    }

    private TokenProperties configured(Path privateFile, Path publicFile) {
        return new TokenProperties("iss", Duration.ofMinutes(1), new FileSystemResource(privateFile),
                publicFile == null ? null : new FileSystemResource(publicFile), directory.resolve("keys"), null);
    }

    private static TokenProperties kept(Path directory) {
        return new TokenProperties("iss", Duration.ofMinutes(1), null, null, directory, null);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(directory.resolve(name), content);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
