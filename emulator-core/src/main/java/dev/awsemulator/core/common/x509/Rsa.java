package dev.awsemulator.core.common.x509;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * RSA through the JDK's own providers. The algorithms used here are ones every Java SE platform must
 * provide, so their checked exceptions cannot happen and are turned into {@link IllegalStateException}
 * in this one place rather than at every call.
 */
public final class Rsa {

    /** What AWS's SNS signing certificates use, and the smallest size current verifiers accept. */
    private static final int KEY_BITS = 2048;

    private Rsa() {
    }

    public static KeyPair generateKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java SE platform provides RSA key generation", e);
        }
    }

    /** A private key from its PKCS #8 encoding ({@link PrivateKey#getEncoded()}). */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS #8", e);
        }
    }

    /** @param algorithm a JCA name such as {@code SHA256withRSA} (PKCS #1 v1.5). */
    public static byte[] sign(String algorithm, PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java SE platform provides " + algorithm, e);
        }
    }
}
