package dev.awsemulator.core.common.x509;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The DER of a minimal self-signed X.509 v3 certificate (RFC 5280 4.1) for an RSA key (signed with
 * SHA256withRSA) or an EC key (SHA256withECDSA). Issuer and subject are the same single-CN name; the
 * extensions are basicConstraints without {@code cA}, which marks it as an end-entity certificate so
 * nobody mistakes it for a CA, and, for a TLS server, the subject alternative names clients check the
 * host they dialled against.
 */
public final class SelfSignedCertificate {

    private static final String SHA256_WITH_RSA_OID = "1.2.840.113549.1.1.11";
    private static final String SHA256_WITH_ECDSA_OID = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME_OID = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS_OID = "2.5.29.19";
    private static final String SUBJECT_ALTERNATIVE_NAME_OID = "2.5.29.17";
    /** GeneralName's dNSName [2] IA5String and iPAddress [7] OCTET STRING, both implicitly tagged. */
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    /** The version field counts from 0, so v3 is written as 2. */
    private static final BigInteger V3 = BigInteger.TWO;

    private SelfSignedCertificate() {
    }

    /** A certificate naming no host: a signing certificate. */
    public static byte[] der(KeyPair keys, String commonName, BigInteger serial, Instant notBefore, Instant notAfter) {
        return der(keys, commonName, List.of(), List.of(), serial, notBefore, notAfter);
    }

    /**
     * A TLS server certificate for host names and literal IP addresses (v4 or v6) given in one list, told
     * apart by their form; a literal is read without any lookup.
     */
    public static byte[] der(KeyPair keys, String commonName, List<String> subjectAltNames, BigInteger serial,
                             Instant notBefore, Instant notAfter) {
        List<String> dnsNames = new ArrayList<>();
        List<InetAddress> addresses = new ArrayList<>();
        for (String name : subjectAltNames) {
            if (name.contains(":") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                try {
                    addresses.add(InetAddress.getByName(name));
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException("not an IP address: " + name, e);
                }
            } else {
                dnsNames.add(name);
            }
        }
        return der(keys, commonName, dnsNames, addresses, serial, notBefore, notAfter);
    }

    /** A TLS server certificate for the given host names and addresses. */
    public static byte[] der(KeyPair keys, String commonName, List<String> dnsNames, List<InetAddress> addresses,
                             BigInteger serial, Instant notBefore, Instant notAfter) {
        boolean rsa = "RSA".equals(keys.getPublic().getAlgorithm());
        // RFC 4055 gives RSA's algorithm identifier a NULL parameter; RFC 5758 forbids one for ECDSA.
        byte[] algorithm = rsa ? Der.sequence(Der.oid(SHA256_WITH_RSA_OID), Der.nul())
                : Der.sequence(Der.oid(SHA256_WITH_ECDSA_OID));
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME_OID), Der.utf8String(commonName))));
        List<byte[]> extensions = new ArrayList<>();
        extensions.add(endEntityBasicConstraints());
        if (!dnsNames.isEmpty() || !addresses.isEmpty()) {
            extensions.add(subjectAlternativeNames(dnsNames, addresses));
        }
        byte[] tbsCertificate = Der.sequence(
                Der.explicit(0, Der.integer(V3)),
                Der.integer(serial),
                algorithm,
                name, // issuer: the certificate signs itself
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                name, // subject
                keys.getPublic().getEncoded(), // the JDK already encodes a public key as SubjectPublicKeyInfo
                Der.explicit(3, Der.sequence(extensions.toArray(byte[][]::new))));
        byte[] signature = sign(rsa ? "SHA256withRSA" : "SHA256withECDSA", keys, tbsCertificate);
        return Der.sequence(tbsCertificate, algorithm, Der.bitString(signature));
    }

    /** The certificate as PEM text, 64 base64 characters a line, as files and HTTP documents carry it. */
    public static String pem(byte[] der) {
        return pem("CERTIFICATE", der);
    }

    /** Any DER document as PEM text with this label ({@code PRIVATE KEY} for PKCS #8), 64 base64 characters a line. */
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

    private static byte[] subjectAlternativeNames(List<String> dnsNames, List<InetAddress> addresses) {
        List<byte[]> names = new ArrayList<>();
        dnsNames.forEach(dns -> names.add(Der.implicit(DNS_NAME, dns.getBytes(StandardCharsets.US_ASCII))));
        addresses.forEach(address -> names.add(Der.implicit(IP_ADDRESS, address.getAddress())));
        return Der.sequence(Der.oid(SUBJECT_ALTERNATIVE_NAME_OID),
                Der.octetString(Der.sequence(names.toArray(byte[][]::new))));
    }

    /** SHA256withRSA and SHA256withECDSA are algorithms every Java SE platform must provide. */
    private static byte[] sign(String algorithm, KeyPair keys, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a certificate with " + algorithm, e);
        }
    }
}
