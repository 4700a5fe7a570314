package dev.awsemulator.server.mq;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/** Trusts the brokers' certificate the way a user would: fetched from the emulator's published path. */
final class BrokerTrust {

    private BrokerTrust() {
    }

    static SSLContext fetch(URI emulator) throws Exception {
        HttpResponse<byte[]> pem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                emulator.resolve(MqModule.CERTIFICATE_PATH)).build(), HttpResponse.BodyHandlers.ofByteArray());
        Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.body()));
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("mq", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
