package dev.awsemulator.core.sns.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;

/**
 * The DER of a minimal self-signed X.509 v3 certificate (RFC 5280 4.1), signed with SHA256withRSA.
 * Issuer and subject are the same single-CN name; the one extension, basicConstraints without
 * {@code cA}, marks it as an end-entity certificate so nobody mistakes it for a CA.
 */
final class SelfSignedCertificate {

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final String SHA256_WITH_RSA_OID = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME_OID = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS_OID = "2.5.29.19";
    /** The version field counts from 0, so v3 is written as 2. */
    private static final BigInteger V3 = BigInteger.TWO;

    private SelfSignedCertificate() {
    }

    static byte[] der(KeyPair keys, String commonName, BigInteger serial, Instant notBefore, Instant notAfter) {
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA_OID), Der.nul());
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME_OID), Der.utf8String(commonName))));
        byte[] tbsCertificate = Der.sequence(
                Der.explicit(0, Der.integer(V3)),
                Der.integer(serial),
                algorithm,
                name, // issuer: the certificate signs itself
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                name, // subject
                keys.getPublic().getEncoded(), // the JDK already encodes an RSA key as SubjectPublicKeyInfo
                Der.explicit(3, Der.sequence(endEntityBasicConstraints())));
        byte[] signature = Rsa.sign(SIGNATURE_ALGORITHM, keys.getPrivate(), tbsCertificate);
        return Der.sequence(tbsCertificate, algorithm, Der.bitString(signature));
    }

    /**
     * Extension ::= SEQUENCE { extnID, critical DEFAULT FALSE, extnValue OCTET STRING }. DER omits
     * defaults, so both "not critical" and "cA FALSE" are written by leaving them out.
     */
    private static byte[] endEntityBasicConstraints() {
        return Der.sequence(Der.oid(BASIC_CONSTRAINTS_OID), Der.octetString(Der.sequence()));
    }
}
