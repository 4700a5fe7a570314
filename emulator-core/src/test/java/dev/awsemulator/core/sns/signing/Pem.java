package dev.awsemulator.core.sns.signing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Reads a signer's certificate the way a subscriber reads the file at SigningCertURL. */
final class Pem {

    private Pem() {
    }

    static X509Certificate certificateOf(MessageSigner signer) throws GeneralSecurityException {
        byte[] pem = signer.certificatePem().getBytes(StandardCharsets.US_ASCII);
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
    }
}
