package dev.awsemulator.core.common.x509;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A server certificate as the JDK's own parser and verifier read it back. */
class SelfSignedCertificateTest {

    @Test
    void aServerCertificateNamesItsHostsAndIpAddressesAndVerifiesWithItsOwnKey() throws Exception {
        KeyPair keys = Rsa.generateKeyPair(new SecureRandom());
        byte[] der = SelfSignedCertificate.der(keys, "broker", List.of("localhost", "127.0.0.1", "::1"),
                BigInteger.TEN, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));
        String pem = SelfSignedCertificate.pem(der);

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));

        certificate.verify(keys.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=broker");
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getSubjectAlternativeNames()).containsExactly(
                List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("\n-----END CERTIFICATE-----\n");
    }

    @Test
    void aCertificateWithoutAlternativeNamesHasNoSuchExtension() throws Exception {
        byte[] der = SelfSignedCertificate.der(Rsa.generateKeyPair(new SecureRandom()), "signer", BigInteger.ONE,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));

        assertThat(certificate.getSubjectAlternativeNames()).isNull();
    }
}
