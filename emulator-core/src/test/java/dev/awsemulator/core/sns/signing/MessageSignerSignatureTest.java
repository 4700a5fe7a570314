package dev.awsemulator.core.sns.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies as a subscriber does: public key from the served PEM, JCA Signature over a string to sign
 * built here from the AWS documentation, independently of {@link MessageSigner#canonicalString}.
 */
class MessageSignerSignatureTest {

    private static MessageSigner signer;
    private static PublicKey publicKey;

    @BeforeAll
    static void generate() throws GeneralSecurityException {
        signer = MessageSigner.generate(Instant.parse("2024-01-01T00:00:00Z"));
        publicKey = Pem.certificateOf(signer).getPublicKey();
    }

    static Stream<Arguments> versionsAndMessages() {
        return Stream.of("1", "2").flatMap(version -> Stream.of(
                Arguments.of(version, SampleMessages.notification()),
                Arguments.of(version, withoutSubject(SampleMessages.notification())),
                Arguments.of(version, SampleMessages.subscriptionConfirmation()),
                Arguments.of(version, unsubscribe(SampleMessages.subscriptionConfirmation()))));
    }

    @ParameterizedTest
    @MethodSource("versionsAndMessages")
    void signatureVerifiesWithTheCertificatesKey(String version, Map<String, String> message)
            throws GeneralSecurityException {
        String signature = signer.sign(message, version);

        assertThat(verifies(algorithm(version), message, signature)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("versionsAndMessages")
    void everySignatureHasTheAnnouncedLength(String version, Map<String, String> message) {
        assertThat(signer.sign(message, version)).hasSize(signer.signatureLength());
        assertThat(signer.signatureLength()).as("the base64 of 256 bytes, for RSA-2048").isEqualTo(344);
    }

    @ParameterizedTest
    @MethodSource("versionsAndMessages")
    void changingAnySignedFieldBreaksTheSignature(String version, Map<String, String> message)
            throws GeneralSecurityException {
        String signature = signer.sign(message, version);

        for (String key : signedKeys(message)) {
            Map<String, String> tampered = new HashMap<>(message);
            tampered.put(key, message.get(key) + "x");
            assertThat(verifies(algorithm(version), tampered, signature)).as("changed %s", key).isFalse();
        }
    }

    @Test
    void addingASubjectToANotificationBreaksTheSignature() throws GeneralSecurityException {
        Map<String, String> message = withoutSubject(SampleMessages.notification());
        String signature = signer.sign(message, "2");
        message.put("Subject", "added in transit");

        assertThat(verifies("SHA256withRSA", message, signature)).isFalse();
    }

    @Test
    void unsignedFieldsMayChangeWithoutBreakingTheSignature() throws GeneralSecurityException {
        Map<String, String> message = SampleMessages.notification();
        String signature = signer.sign(message, "1");
        message.put("UnsubscribeURL", "https://elsewhere.example/");
        message.put("SigningCertURL", "https://sns.us-east-2.amazonaws.com/SimpleNotificationService-emulator.pem");

        assertThat(verifies("SHA1withRSA", message, signature)).isTrue();
    }

    @Test
    void theVersionSelectsTheHash() throws GeneralSecurityException {
        Map<String, String> message = SampleMessages.notification();

        assertThat(verifies("SHA256withRSA", message, signer.sign(message, "1"))).isFalse();
        assertThat(verifies("SHA1withRSA", message, signer.sign(message, "2"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "3", "SHA256", " 1"})
    void anUnknownSignatureVersionIsRejected(String version) {
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(SampleMessages.notification(), version))
                .withMessageContaining("SignatureVersion");
    }

    @Test
    void aMissingSignatureVersionIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(SampleMessages.notification(), null));
    }

    private static boolean verifies(String algorithm, Map<String, String> message, String base64Signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(stringToSign(message).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(base64Signature));
    }

    private static String algorithm(String version) {
        return version.equals("1") ? "SHA1withRSA" : "SHA256withRSA";
    }

    private static String stringToSign(Map<String, String> message) {
        return signedKeys(message).stream()
                .map(key -> key + "\n" + message.get(key) + "\n")
                .collect(Collectors.joining());
    }

    /** The keys the AWS documentation names, in its order, where present; Subject only in a Notification. */
    private static List<String> signedKeys(Map<String, String> message) {
        return Stream.of("Message", "MessageId", "Subject", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
                .filter(message::containsKey)
                .filter(key -> !key.equals("Subject") || message.get("Type").equals("Notification"))
                .toList();
    }

    private static Map<String, String> withoutSubject(Map<String, String> message) {
        message.remove("Subject");
        return message;
    }

    private static Map<String, String> unsubscribe(Map<String, String> message) {
        message.put("Type", "UnsubscribeConfirmation");
        return message;
    }
}
