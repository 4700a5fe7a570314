package dev.awsemulator.core.sns.signing;

import dev.awsemulator.core.common.x509.Rsa;
import dev.awsemulator.core.common.x509.SelfSignedCertificate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs SNS deliveries the way AWS does, so a subscriber verifies the emulator's messages with the
 * same code it uses for AWS's: fetch the PEM at {@code SigningCertURL}, take its public key, and check
 * {@code Signature} over the canonical string (AWS docs "Verifying the signatures of Amazon SNS
 * messages"). The certificate is self-signed: subscribers that insist on AWS's chain must be pointed
 * at it explicitly, which is the point of a local emulator. Thread-safe.
 */
public final class MessageSigner {

    private static final String COMMON_NAME = "sns.amazonaws.com";
    private static final int VALIDITY_YEARS = 10;
    /** 32 hex digits, the length of the names AWS serves its certificates under. */
    private static final int FILE_NAME_HASH_BYTES = 16;

    private static final String SUBJECT = "Subject";
    /** Per message type, the keys AWS signs, in the byte order the documentation prescribes. */
    private static final List<String> NOTIFICATION_KEYS =
            List.of("Message", "MessageId", SUBJECT, "Timestamp", "TopicArn", "Type");
    private static final List<String> CONFIRMATION_KEYS =
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");

    /** The process's key pair, made when {@link #generate} first needs it (the holder idiom: lazy and thread-safe). */
    private static final class ProcessKeyPair {
        static final KeyPair KEYS = Rsa.generateKeyPair(new SecureRandom());
    }

    private final PrivateKey privateKey;
    private final byte[] certificateDer;
    private final String certificatePem;

    private MessageSigner(PrivateKey privateKey, byte[] certificateDer) {
        this.privateKey = privateKey;
        this.certificateDer = certificateDer.clone();
        this.certificatePem = SelfSignedCertificate.pem(certificateDer);
    }

    /**
     * The signer an earlier {@link #generate} made, from its {@link #privateKeyPkcs8()} and
     * {@link #certificateDer()}.
     *
     * @throws IllegalArgumentException when the key is not an RSA private key in PKCS #8
     */
    public static MessageSigner restored(byte[] privateKeyPkcs8, byte[] certificateDer) {
        return new MessageSigner(Rsa.privateKey(privateKeyPkcs8), certificateDer);
    }

    /** The private key in PKCS #8, for {@link #restored}. */
    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    /** The certificate in DER, for {@link #restored}. */
    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    /**
     * A fresh self-signed certificate (CN=sns.amazonaws.com) for the process's RSA-2048 key pair, valid from
     * {@code notBefore} for 10 years. X.509 times have whole seconds, so any fraction is dropped. The key pair is
     * made once per JVM, on the first call: generating one costs hundreds of times what a certificate does, and
     * a test JVM that starts an emulator per test class would otherwise pay for it in every class. Each signer
     * still has a certificate of its own, and a key restored from a data directory is its own.
     */
    public static MessageSigner generate(Instant notBefore) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = ProcessKeyPair.KEYS;
        // RFC 5280 wants a positive serial; fixing the top bit keeps it positive and exactly 64 bits long.
        BigInteger serial = new BigInteger(64, random).setBit(63);
        Instant start = notBefore.truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
        return new MessageSigner(keys.getPrivate(), SelfSignedCertificate.der(keys, COMMON_NAME, serial, start, end));
    }

    /** The certificate as PEM: what the {@code SigningCertURL} serves. */
    public String certificatePem() {
        return certificatePem;
    }

    /**
     * The base64 {@code Signature} of a message given by its JSON field names; fields that AWS does not
     * sign are ignored. {@code signatureVersion} is the topic attribute: "1" (SHA1) or "2" (SHA256).
     *
     * @throws IllegalArgumentException for another signature version, or a message {@link #canonicalString} rejects
     */
    public String sign(Map<String, String> message, String signatureVersion) {
        return signCanonical(canonicalString(message), signatureVersion);
    }

    /**
     * The base64 {@code Signature} of a {@link #canonicalString}.
     *
     * @throws IllegalArgumentException for a signature version other than "1" and "2"
     */
    public String signCanonical(String canonical, String signatureVersion) {
        SignatureVersion version = SignatureVersion.of(signatureVersion);
        return Base64.getEncoder().encodeToString(
                Rsa.sign(version.jcaAlgorithm(), privateKey, canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many characters every {@code Signature} has: the base64 of a number as long as the key's modulus. */
    public int signatureLength() {
        int bytes = (((RSAKey) privateKey).getModulus().bitLength() + 7) / 8;
        return (bytes + 2) / 3 * 4;
    }

    /**
     * The string AWS signs: "Key\nValue\n" for each signed key of the message's {@code Type}, in the
     * documented order. Only a Notification's Subject may be absent (it is sent only when published).
     *
     * @throws IllegalArgumentException for an unknown Type or a missing signed key, which would make a
     *     signature no subscriber can check
     */
    public static String canonicalString(Map<String, String> message) {
        StringBuilder canonical = new StringBuilder();
        for (String key : signedKeys(message.get("Type"))) {
            String value = message.get(key);
            if (value != null) {
                canonical.append(key).append('\n').append(value).append('\n');
            } else if (!key.equals(SUBJECT)) {
                throw new IllegalArgumentException("SNS message without " + key + " cannot be signed");
            }
        }
        return canonical.toString();
    }

    private static List<String> signedKeys(String type) {
        if ("Notification".equals(type)) {
            return NOTIFICATION_KEYS;
        }
        if ("SubscriptionConfirmation".equals(type) || "UnsubscribeConfirmation".equals(type)) {
            return CONFIRMATION_KEYS;
        }
        throw new IllegalArgumentException("Unknown SNS message Type: " + type);
    }

}
