package dev.awsemulator.server.kafka.brokers;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.ClientAuthentication;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.GetBootstrapBrokersResponse;
import software.amazon.awssdk.services.kafka.model.Iam;
import software.amazon.awssdk.services.kafka.model.Sasl;
import software.amazon.awssdk.services.kafka.model.Scram;
import software.amazon.awssdk.services.kafka.model.Unauthenticated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster with every kind of client listener, reached through the bootstrap strings GetBootstrapBrokers
 * returns: plaintext, TLS trusting the certificate the emulator publishes, SASL/SCRAM with a secret associated
 * through the API, and IAM with aws-msk-iam-auth (both its mechanisms). Each carries a transactional write, an
 * aborted and a committed transaction, which a read_committed consumer reads exactly once.
 */
@ExtendWith(SharedBrokers.Resolver.class)
class ListenersTest {

    private static final List<String> VALUES = List.of("deposit 10", "withdraw 3", "deposit 7");

    private static GetBootstrapBrokersResponse bootstrap;
    private static String certificate;

    /** IAM clients find credentials and a region where AWS's own chain looks, as on any machine. */
    @BeforeAll
    static void awsEnvironment() {
        System.setProperty("aws.accessKeyId", "AKIAEMULATORKAFKA01");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.region", EmulatorServerExtension.REGION);
    }

    @BeforeAll
    static void cluster(SharedBrokers brokers) throws Exception {
        String arn = brokers.cluster("every-listener", request -> request.kafkaVersion("3.6.0").numberOfBrokerNodes(1)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                        .clientSubnets("subnet-1").build())
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("TLS_PLAINTEXT").build()).build())
                .clientAuthentication(ClientAuthentication.builder()
                        .sasl(Sasl.builder().scram(Scram.builder().enabled(true).build())
                                .iam(Iam.builder().enabled(true).build()).build())
                        .unauthenticated(Unauthenticated.builder().enabled(true).build()).build()));
        String secret = brokers.server().emulator().service(KafkaService.class).registerScramSecret(
                new Caller(EmulatorServerExtension.ACCOUNT, EmulatorServerExtension.REGION, brokers.server().endpoint()),
                "AmazonMSK_alice", "alice", "alice-secret");
        assertThat(brokers.kafka().batchAssociateScramSecret(b -> b.clusterArn(arn).secretArnList(secret))
                .unprocessedScramSecrets()).isEmpty();
        bootstrap = brokers.kafka().getBootstrapBrokers(b -> b.clusterArn(arn));
        certificate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                brokers.server().endpoint().resolve(URI.create("/_emulator/kafka/broker-certificate.pem"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        try (Admin admin = Admin.create(KafkaClients.plaintext(bootstrap.bootstrapBrokerString()))) {
            admin.createTopics(List.of("plaintext", "tls", "scram", "iam", "iam-oauth").stream()
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        }
    }

    @Test
    void plaintextCarriesATransactionExactlyOnce() {
        assertExactlyOnce(KafkaClients.plaintext(bootstrap.bootstrapBrokerString()), "plaintext");
    }

    @Test
    void tlsTrustingThePublishedCertificateCarriesATransactionExactlyOnce() {
        assertThat(certificate).startsWith("-----BEGIN CERTIFICATE-----");
        assertExactlyOnce(KafkaClients.tls(bootstrap.bootstrapBrokerStringTls(), certificate), "tls");
    }

    @Test
    void scramWithTheAssociatedSecretCarriesATransactionExactlyOnce() {
        assertExactlyOnce(KafkaClients.scram(bootstrap.bootstrapBrokerStringSaslScram(), certificate, "alice",
                "alice-secret"), "scram");
    }

    @Test
    void iamWithAwsMskIamAuthCarriesATransactionExactlyOnce() {
        assertExactlyOnce(KafkaClients.iam(bootstrap.bootstrapBrokerStringSaslIam(), certificate), "iam");
        assertExactlyOnce(KafkaClients.iamOAuth(bootstrap.bootstrapBrokerStringSaslIam(), certificate), "iam-oauth");
    }

    @Test
    void aWrongScramPasswordIsRefused() {
        Map<String, Object> wrong = KafkaClients.scram(bootstrap.bootstrapBrokerStringSaslScram(), certificate, "alice",
                "guess");
        wrong.put("max.block.ms", "10000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KafkaClients.produceTransactionally(wrong, "scram",
                        List.of("never"), "never"))
                .isInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class)
                .hasMessage("Authentication failed during authentication due to invalid credentials with SASL"
                        + " mechanism SCRAM-SHA-512");
    }

    private static void assertExactlyOnce(Map<String, Object> settings, String topic) {
        KafkaClients.produceTransactionally(settings, topic, VALUES, "aborted");

        assertThat(KafkaClients.consumeCommitted(settings, topic, VALUES.size())).containsExactlyInAnyOrderElementsOf(VALUES);
    }
}
