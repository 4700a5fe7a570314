package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.TlsIdentity;
import dev.awsemulator.core.common.x509.Rsa;
import dev.awsemulator.core.common.x509.SelfSignedCertificate;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A broker certificate for 127.0.0.1 and localhost, made once for the module's tests. */
final class TestCertificate {

    static final TlsIdentity IDENTITY = make();

    private TestCertificate() {
    }

    private static TlsIdentity make() {
        KeyPair keys = Rsa.generateKeyPair(new SecureRandom());
        Instant now = Instant.now();
        byte[] certificate = SelfSignedCertificate.der(keys, "broker", List.of("localhost", "127.0.0.1"),
                BigInteger.ONE, now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));
        return new TlsIdentity(SelfSignedCertificate.pem(certificate),
                SelfSignedCertificate.pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
    }
}
