package dev.awsemulator.core.kafka.brokers;

/**
 * The certificate and private key TLS listeners present, in PEM: an X.509 certificate and a PKCS #8 key.
 * Clients trust the certificate itself, which the emulator publishes.
 */
public record TlsIdentity(String certificatePem, String privateKeyPem) {
}
