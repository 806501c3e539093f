package com.example.shop.localrun.token;

import com.example.shop.localrun.lifecycle.StartupFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The RSA key pair the gateway signs tokens with. It is made once and kept, so that tokens stay valid across
 * restarts; the private key is PKCS#8, the public key X.509, both PEM.
 *
 * @param privateKeyFile the PEM the gateway reads through {@code JWT_PRIVATE_KEY_LOCATION}
 * @param publicKeyFile  its public half, which the services fetch from the gateway's JWKS
 */
public record SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey, Path privateKeyFile, Path publicKeyFile) {

    static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    public static SigningKeys loadOrCreate(Path folder) {
        Path privateFile = folder.resolve(PRIVATE_KEY_FILE);
        Path publicFile = folder.resolve(PUBLIC_KEY_FILE);
        try {
            // Both or neither: half a pair cannot sign tokens the services accept, so it is made anew.
            if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
                create(privateFile, publicFile);
            }
            return load(privateFile, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StartupFailure("The JWT keys in " + folder + " cannot be read (" + e.getMessage()
                    + "). Delete that folder to have new ones made.", e);
        }
    }

    private static void create(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        writeOwnerOnly(privateFile, Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded()));
        Files.writeString(publicFile, Pem.encode(Pem.PUBLIC_KEY, pair.getPublic().getEncoded()));
    }

    private static SigningKeys load(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        var privateKey = (RSAPrivateKey) rsa.generatePrivate(
                new PKCS8EncodedKeySpec(Pem.decode(Pem.PRIVATE_KEY, Files.readString(privateFile))));
        var publicKey = (RSAPublicKey) rsa.generatePublic(
                new X509EncodedKeySpec(Pem.decode(Pem.PUBLIC_KEY, Files.readString(publicFile))));
        return new SigningKeys(privateKey, publicKey, privateFile.toAbsolutePath(), publicFile.toAbsolutePath());
    }

    /** Anyone holding the private key can mint admin tokens, so other users of the machine may not read it. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The location in Spring's resource syntax, as {@code JWT_PUBLIC_KEY_LOCATION} expects it. */
    public String privateKeyLocation() {
        return "file:" + privateKeyFile;
    }
}
