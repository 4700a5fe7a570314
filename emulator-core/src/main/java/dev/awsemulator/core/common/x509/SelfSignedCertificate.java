package dev.awsemulator.core.common.x509;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The DER of a minimal self-signed X.509 v3 certificate (RFC 5280 4.1), signed with SHA256withRSA.
 * Issuer and subject are the same single-CN name. Its extensions: basicConstraints without {@code cA}, which
 * marks it as an end-entity certificate so nobody mistakes it for a CA, and, when the certificate identifies
 * a server, subjectAltName with the DNS names and IP addresses clients check against the host they dialled.
 */
public final class SelfSignedCertificate {

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final String SHA256_WITH_RSA_OID = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME_OID = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS_OID = "2.5.29.19";
    private static final String SUBJECT_ALT_NAME_OID = "2.5.29.17";
    /** GeneralName's tags: dNSName [2] IA5String, iPAddress [7] OCTET STRING. */
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    /** The version field counts from 0, so v3 is written as 2. */
    private static final BigInteger V3 = BigInteger.TWO;

    private SelfSignedCertificate() {
    }

    public static byte[] der(KeyPair keys, String commonName, BigInteger serial, Instant notBefore, Instant notAfter) {
        return der(keys, commonName, List.of(), serial, notBefore, notAfter);
    }

    /**
     * @param subjectAltNames host names and literal IP addresses (v4 or v6) the certificate names; none leaves
     *                        the extension out
     */
    public static byte[] der(KeyPair keys, String commonName, List<String> subjectAltNames, BigInteger serial,
                             Instant notBefore, Instant notAfter) {
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA_OID), Der.nul());
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME_OID), Der.utf8String(commonName))));
        List<byte[]> extensions = new ArrayList<>();
        extensions.add(endEntityBasicConstraints());
        if (!subjectAltNames.isEmpty()) {
            extensions.add(subjectAltName(subjectAltNames));
        }
        byte[] tbsCertificate = Der.sequence(
                Der.explicit(0, Der.integer(V3)),
                Der.integer(serial),
                algorithm,
                name, // issuer: the certificate signs itself
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                name, // subject
                keys.getPublic().getEncoded(), // the JDK already encodes an RSA key as SubjectPublicKeyInfo
                Der.explicit(3, Der.sequence(extensions.toArray(byte[][]::new))));
        byte[] signature = Rsa.sign(SIGNATURE_ALGORITHM, keys.getPrivate(), tbsCertificate);
        return Der.sequence(tbsCertificate, algorithm, Der.bitString(signature));
    }

    /** The certificate as PEM text, 64 base64 characters a line. */
    public static String pem(byte[] der) {
        return pem("CERTIFICATE", der);
    }

    /** Any DER document as PEM text with this label ({@code PRIVATE KEY} for PKCS #8). */
    public static String pem(String label, byte[] der) {
        Base64.Encoder lines = Base64.getMimeEncoder(64, new byte[] {'\n'});
        return "-----BEGIN " + label + "-----\n" + lines.encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /**
     * Extension ::= SEQUENCE { extnID, critical DEFAULT FALSE, extnValue OCTET STRING }. DER omits
     * defaults, so both "not critical" and "cA FALSE" are written by leaving them out.
     */
    private static byte[] endEntityBasicConstraints() {
        return Der.sequence(Der.oid(BASIC_CONSTRAINTS_OID), Der.octetString(Der.sequence()));
    }

    /** SubjectAltName ::= GeneralNames, a SEQUENCE of GeneralName, in the order given. */
    private static byte[] subjectAltName(List<String> names) {
        byte[][] generalNames = names.stream().map(SelfSignedCertificate::generalName).toArray(byte[][]::new);
        return Der.sequence(Der.oid(SUBJECT_ALT_NAME_OID), Der.octetString(Der.sequence(generalNames)));
    }

    private static byte[] generalName(String name) {
        if (!isIpLiteral(name)) {
            return Der.implicit(DNS_NAME, name.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        try {
            // A literal is parsed without any lookup.
            return Der.implicit(IP_ADDRESS, InetAddress.getByName(name).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + name, e);
        }
    }

    private static boolean isIpLiteral(String name) {
        return name.contains(":") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }
}
