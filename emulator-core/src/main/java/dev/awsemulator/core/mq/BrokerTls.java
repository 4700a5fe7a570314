package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.x509.SelfSignedCertificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The key and self-signed certificate every broker of one emulator serves TLS with, so a client trusts
 * all of them by trusting one certificate (published over HTTP and as files). An EC P-256 key: made in a
 * millisecond, where an RSA key would delay the first broker, and every TLS stack in use accepts it.
 * The names are the loopback ones and the host brokers listen on, which clients check the dialled host
 * against. Validity runs from 2020 to 2099: clients check it against their own wall clock, whatever time
 * the emulator's clock says, so it is wide rather than read from any clock.
 */
public final class BrokerTls {

    /** The password of the trust and key stores handed to clients and runtimes: Java's well-known default. */
    public static final char[] STORE_PASSWORD = "changeit".toCharArray();
    static final String COMMON_NAME = "mq.emulator.localhost";
    private static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2099-12-31T23:59:59Z");
    private static final String ALIAS = "broker";

    private final PrivateKey privateKey;
    private final byte[] certificateDer;
    private final X509Certificate certificate;
    private KeyManager[] keyManagers;
    private TrustManager[] trustManagers;

    private BrokerTls(PrivateKey privateKey, byte[] certificateDer) {
        this.privateKey = privateKey;
        this.certificateDer = certificateDer.clone();
        try {
            this.certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificateDer));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** A fresh key and certificate for the loopback names and {@code host}. */
    public static BrokerTls generate(String host) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            BigInteger serial = new BigInteger(64, random).setBit(63);
            byte[] der = SelfSignedCertificate.der(keys, COMMON_NAME, dnsNames(host), addresses(host), serial,
                    NOT_BEFORE, NOT_AFTER);
            return new BrokerTls(keys.getPrivate(), der);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java SE platform provides EC P-256 keys", e);
        }
    }

    /** The key and certificate an earlier {@link #generate} made, from their encodings. */
    public static BrokerTls restored(byte[] privateKeyPkcs8, byte[] certificateDer) {
        try {
            return new BrokerTls(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8)),
                    certificateDer);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC private key in PKCS #8", e);
        }
    }

    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        return SelfSignedCertificate.pem(certificateDer);
    }

    /** A PKCS #12 store holding the key and the certificate, for a broker runtime that reads one. */
    public KeyStore keyStore() {
        return store("PKCS12", true);
    }

    /** A PKCS #12 store trusting the certificate, for clients. */
    public KeyStore trustStore() {
        return store("PKCS12", false);
    }

    /** {@link #trustStore()} as the bytes of a file, password {@link #STORE_PASSWORD}. */
    public byte[] trustStoreBytes() {
        return bytes(trustStore());
    }

    /** {@link #keyStore()} as the bytes of a file, password {@link #STORE_PASSWORD}. */
    public byte[] keyStoreBytes() {
        return bytes(keyStore());
    }

    /**
     * Key managers serving the key; made once and shared by every broker. They read the key from an
     * in-memory JKS store: a PKCS #12 store would derive its password twice (10,000 HMAC rounds to put the
     * key in, as many to take it out, a fifth of a cold broker start), where JKS hides the key with a few
     * hashes; the store never leaves this object, so its protection guards nothing.
     */
    public synchronized KeyManager[] keyManagers() {
        if (keyManagers == null) {
            try {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store("JKS", true), STORE_PASSWORD);
                keyManagers = factory.getKeyManagers();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("could not make key managers of the broker key", e);
            }
        }
        return keyManagers.clone();
    }

    /** Trust managers trusting the certificate; made once, as {@link #keyManagers()}. */
    public synchronized TrustManager[] trustManagers() {
        if (trustManagers == null) {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trustStore());
                trustManagers = factory.getTrustManagers();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("could not make trust managers of the broker certificate", e);
            }
        }
        return trustManagers.clone();
    }

    /** A TLS context that serves with the key and trusts the certificate: for runtimes and for clients. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(), trustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make a TLS context of the broker key", e);
        }
    }

    private KeyStore store(String type, boolean withKey) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            if (withKey) {
                store.setKeyEntry(ALIAS, privateKey, STORE_PASSWORD, new Certificate[] {certificate});
            } else {
                store.setCertificateEntry(ALIAS, certificate);
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not make a " + type + " store", e);
        }
    }

    private static byte[] bytes(KeyStore store) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, STORE_PASSWORD);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not write a PKCS #12 store", e);
        }
    }

    private static List<String> dnsNames(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost"));
        if (!isAddress(host)) {
            names.add(host);
        }
        return List.copyOf(names);
    }

    private static List<InetAddress> addresses(String host) {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            addresses.add(InetAddress.getByName("127.0.0.1"));
            addresses.add(InetAddress.getByName("::1"));
            if (isAddress(host) && !"0.0.0.0".equals(host) && !"::".equals(host)) {
                InetAddress address = InetAddress.getByName(host);
                if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a literal address always parses", e);
        }
        return addresses;
    }

    /** A literal IPv4 or IPv6 address, which {@link InetAddress#getByName} parses without a lookup. */
    private static boolean isAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }
}
