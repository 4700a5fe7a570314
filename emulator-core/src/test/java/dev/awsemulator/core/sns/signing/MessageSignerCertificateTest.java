package dev.awsemulator.core.sns.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessageSignerCertificateTest {

    private static final Instant NOT_BEFORE = Instant.parse("2024-05-01T12:34:56.789Z");
    private static final X500Principal SNS = new X500Principal("CN=sns.amazonaws.com");

    // The process's key pair is made by the first signer; one signer serves the class.
    private static MessageSigner signer;
    private static X509Certificate certificate;

    @BeforeAll
    static void generate() throws GeneralSecurityException {
        signer = MessageSigner.generate(NOT_BEFORE);
        certificate = Pem.certificateOf(signer);
    }

    @Test
    void isASelfSignedX509v3CertificateForSns() {
        assertThatCode(() -> certificate.verify(certificate.getPublicKey())).doesNotThrowAnyException();
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(SNS);
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(SNS);
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void holdsAnRsa2048KeyForAnEndEntity() {
        assertThat(certificate.getPublicKey()).isInstanceOfSatisfying(RSAPublicKey.class,
                key -> assertThat(key.getModulus().bitLength()).isEqualTo(2048));
        assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(certificate.getCriticalExtensionOIDs()).isEmpty();
    }

    @Test
    void serialIsAPositive64BitNumber() {
        BigInteger serial = certificate.getSerialNumber();
        assertThat(serial.signum()).isEqualTo(1);
        assertThat(serial.bitLength()).isEqualTo(64);
    }

    @Test
    void isValidForTenYearsFromNotBeforeInWholeSeconds() {
        assertThat(certificate.getNotBefore()).isEqualTo(Date.from(Instant.parse("2024-05-01T12:34:56Z")));
        assertThat(certificate.getNotAfter()).isEqualTo(Date.from(Instant.parse("2034-05-01T12:34:56Z")));
    }

    @Test
    void validityReachingPast2049IsWrittenAsGeneralizedTime() throws GeneralSecurityException {
        X509Certificate late = Pem.certificateOf(MessageSigner.generate(Instant.parse("2045-02-03T04:05:06Z")));

        assertThat(late.getNotBefore()).isEqualTo(Date.from(Instant.parse("2045-02-03T04:05:06Z")));
        assertThat(late.getNotAfter()).isEqualTo(Date.from(Instant.parse("2055-02-03T04:05:06Z")));
        assertThatCode(() -> late.verify(late.getPublicKey())).doesNotThrowAnyException();
    }

    @Test
    void signersOfOneProcessShareItsKeyPairButEachHasACertificateOfItsOwn() throws GeneralSecurityException {
        X509Certificate other = Pem.certificateOf(MessageSigner.generate(NOT_BEFORE));

        assertThat(other.getPublicKey()).isEqualTo(certificate.getPublicKey());
        assertThat(other.getSerialNumber()).isNotEqualTo(certificate.getSerialNumber());
        assertThatCode(() -> other.verify(certificate.getPublicKey())).doesNotThrowAnyException();
    }

    @Test
    void pemHasTheStandardArmourAnd64CharacterLines() {
        String[] lines = signer.certificatePem().split("\n");

        assertThat(lines[0]).isEqualTo("-----BEGIN CERTIFICATE-----");
        assertThat(lines[lines.length - 1]).isEqualTo("-----END CERTIFICATE-----");
        for (int i = 1; i < lines.length - 2; i++) {
            assertThat(lines[i]).hasSize(64);
        }
        assertThat(lines[lines.length - 2].length()).isBetween(1, 64);
    }
}
