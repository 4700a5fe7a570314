package dev.awsemulator.server.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies an SNS message as the AWS developer guide describes it, written from the subscriber's side. */
public final class SnsSignatures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SnsSignatures() {
    }

    /** Fetches the certificate at SigningCertURL and checks Signature over the message's canonical string. */
    public static void assertSignatureVerifies(JsonNode message) throws Exception {
        byte[] pem = HTTP.send(HttpRequest.newBuilder(URI.create(message.get("SigningCertURL").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
        List<String> keys = message.get("Type").asText().equals("Notification")
                ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
                : List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
        StringBuilder signed = new StringBuilder();
        for (String key : keys) {
            if (message.has(key)) {
                signed.append(key).append('\n').append(message.get(key).asText()).append('\n');
            }
        }
        Signature verifier = Signature.getInstance(message.get("SignatureVersion").asText().equals("2")
                ? "SHA256withRSA" : "SHA1withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signed.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(message.get("Signature").asText())))
                .as("the signature verifies against the certificate at SigningCertURL").isTrue();
    }
}
