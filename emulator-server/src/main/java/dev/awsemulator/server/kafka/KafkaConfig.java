package dev.awsemulator.server.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kafka.api.BatchAssociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.BrokerNodeGroupInfo;
import dev.awsemulator.core.kafka.api.ClientAuthentication;
import dev.awsemulator.core.kafka.api.ConfigurationInfo;
import dev.awsemulator.core.kafka.api.CreateClusterRequest;
import dev.awsemulator.core.kafka.api.CreateClusterV2Request;
import dev.awsemulator.core.kafka.api.CreateConfigurationRequest;
import dev.awsemulator.core.kafka.api.EncryptionInTransit;
import dev.awsemulator.core.kafka.api.EncryptionInfo;
import dev.awsemulator.core.kafka.api.Iam;
import dev.awsemulator.core.kafka.api.Sasl;
import dev.awsemulator.core.kafka.api.Scram;
import dev.awsemulator.core.kafka.api.ServerlessRequest;
import dev.awsemulator.core.kafka.api.Tls;
import dev.awsemulator.core.kafka.api.Unauthenticated;
import dev.awsemulator.core.kafka.api.VpcConfig;
import dev.awsemulator.server.config.ConfigCheck;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.ConfigTarget;
import dev.awsemulator.server.config.ConfigValues;
import dev.awsemulator.server.config.NamedSection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The config file's MSK sections: {@code mskConfigurations} (CreateConfiguration), {@code mskScramSecrets}
 * (user names and passwords registered as Secrets Manager secrets, which the emulator has no other way to
 * know) and {@code mskClusters} (CreateCluster or, serverless, CreateClusterV2, then their secrets
 * associated). A cluster names configurations and secrets of the file.
 */
public final class KafkaConfig {

    public static final ConfigSection<Configuration> CONFIGURATIONS = new Configurations();
    public static final ConfigSection<ScramSecret> SCRAM_SECRETS = new ScramSecrets();
    public static final ConfigSection<Cluster> CLUSTERS = new Clusters();

    /** What clusters of the file get unless they say otherwise: a version MSK offers, one broker, two ways in. */
    static final String DEFAULT_KAFKA_VERSION = "3.9.x";
    private static final List<String> AUTHENTICATIONS = List.of("UNAUTHENTICATED", "SASL_SCRAM", "SASL_IAM", "TLS");

    private KafkaConfig() {
    }

    /** A configuration: its broker properties as a map (or the text of a {@code server.properties} file). */
    public record Configuration(String name, String description, List<String> kafkaVersions,
                                JsonNode serverProperties) {
        public Configuration {
            kafkaVersions = ConfigValues.list(kafkaVersions);
        }
    }

    /** A secret holding one SASL/SCRAM user: by {@code name} (an ARN is made for it) or a full {@code arn}. */
    public record ScramSecret(String name, String arn, String username, String password) {
    }

    /**
     * A cluster. Provisioned by default, with {@code brokers} brokers (default 1, each a real broker),
     * {@code encryptionInTransit} {@code TLS_PLAINTEXT} (so both plaintext and TLS bootstrap strings exist) and
     * {@code authentication} {@code [UNAUTHENTICATED]}; {@code serverless: true} makes a serverless cluster,
     * reached over IAM.
     */
    public record Cluster(String name, Integer brokers, String kafkaVersion, String configuration,
                          String encryptionInTransit, List<String> authentication, List<String> scramSecrets,
                          Boolean serverless, Map<String, String> tags) {
        public Cluster {
            authentication = ConfigValues.list(authentication);
            scramSecrets = ConfigValues.list(scramSecrets);
            tags = ConfigValues.map(tags);
        }
    }

    private static final class Configurations extends NamedSection<Configuration> {

        Configurations() {
            super("mskConfigurations", Configuration.class, Configuration::name);
        }

        @Override
        public String create(Configuration configuration, ConfigTarget target) {
            return target.service(KafkaService.class).createConfiguration(target.caller(), new CreateConfigurationRequest(
                    configuration.description(),
                    configuration.kafkaVersions().isEmpty() ? null : configuration.kafkaVersions(),
                    configuration.name(), properties(configuration.serverProperties()))).arn();
        }

        private static byte[] properties(JsonNode properties) {
            String text = properties == null ? "" : properties.isTextual() ? properties.asText()
                    : properties.properties().stream()
                            .map(entry -> entry.getKey() + "=" + entry.getValue().asText())
                            .collect(Collectors.joining("\n"));
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final class ScramSecrets extends NamedSection<ScramSecret> {

        ScramSecrets() {
            super("mskScramSecrets", ScramSecret.class, ScramSecrets::nameOf);
        }

        private static String nameOf(ScramSecret secret) {
            return secret.name() != null ? secret.name() : secret.arn();
        }

        @Override
        public void check(List<ScramSecret> secrets, ConfigCheck check) {
            for (int i = 0; i < secrets.size(); i++) {
                ScramSecret secret = secrets.get(i);
                if (secret.username() == null || secret.username().isEmpty() || secret.password() == null
                        || secret.password().isEmpty()) {
                    check.problem(i, "needs a username and a password");
                }
            }
        }

        @Override
        public String create(ScramSecret secret, ConfigTarget target) {
            return target.service(KafkaService.class).registerScramSecret(target.caller(), nameOf(secret),
                    secret.username(), secret.password());
        }
    }

    private static final class Clusters extends NamedSection<Cluster> {

        Clusters() {
            super("mskClusters", Cluster.class, Cluster::name);
        }

        @Override
        public void check(List<Cluster> clusters, ConfigCheck check) {
            for (int i = 0; i < clusters.size(); i++) {
                Cluster cluster = clusters.get(i);
                if (cluster.configuration() != null && !check.declares(CONFIGURATIONS.key(), cluster.configuration())) {
                    check.problem(i, "configuration " + ConfigValues.quoted(cluster.configuration())
                            + " is not an MSK configuration of " + check.scope());
                }
                for (String secret : cluster.scramSecrets()) {
                    if (!check.declares(SCRAM_SECRETS.key(), secret)) {
                        check.problem(i, "SCRAM secret " + ConfigValues.quoted(secret) + " is not a SCRAM secret of "
                                + check.scope());
                    }
                }
                for (String method : cluster.authentication()) {
                    if (!AUTHENTICATIONS.contains(method)) {
                        check.problem(i, "authentication " + ConfigValues.quoted(method) + " is not one of "
                                + String.join(", ", AUTHENTICATIONS));
                    }
                }
            }
        }

        @Override
        public String create(Cluster cluster, ConfigTarget target) {
            KafkaService kafka = target.service(KafkaService.class);
            if (Boolean.TRUE.equals(cluster.serverless())) {
                return kafka.createClusterV2(target.caller(), new CreateClusterV2Request(cluster.name(),
                        cluster.tags().isEmpty() ? null : cluster.tags(), null, new ServerlessRequest(
                                List.of(new VpcConfig(List.of("subnet-emulator-1"), null)), null))).clusterArn();
            }
            int brokers = cluster.brokers() == null ? 1 : cluster.brokers();
            List<String> subnets = IntStream.rangeClosed(1, Math.min(brokers, 3))
                    .filter(zones -> brokers % zones == 0).max().stream()
                    .boxed().flatMap(zones -> IntStream.rangeClosed(1, zones).mapToObj(n -> "subnet-emulator-" + n))
                    .toList();
            List<String> methods = cluster.authentication().isEmpty() ? List.of("UNAUTHENTICATED")
                    : cluster.authentication();
            ClientAuthentication authentication = new ClientAuthentication(
                    new Sasl(new Scram(methods.contains("SASL_SCRAM")), new Iam(methods.contains("SASL_IAM"))),
                    new Tls(null, methods.contains("TLS")), new Unauthenticated(methods.contains("UNAUTHENTICATED")));
            String arn = kafka.createCluster(target.caller(), new CreateClusterRequest(
                    new BrokerNodeGroupInfo(null, subnets, "kafka.m5.large", null, null, null, null), null,
                    authentication, cluster.name(), cluster.configuration() == null ? null
                            : new ConfigurationInfo(target.arn(CONFIGURATIONS.key(), cluster.configuration()), 1L),
                    new EncryptionInfo(null, new EncryptionInTransit(cluster.encryptionInTransit() == null
                            ? "TLS_PLAINTEXT" : cluster.encryptionInTransit(), true)), null, null,
                    cluster.kafkaVersion() == null ? DEFAULT_KAFKA_VERSION : cluster.kafkaVersion(), null, brokers,
                    cluster.tags().isEmpty() ? null : cluster.tags(), null)).clusterArn();
            if (!cluster.scramSecrets().isEmpty()) {
                kafka.batchAssociateScramSecret(target.caller(), new BatchAssociateScramSecretRequest(arn,
                        cluster.scramSecrets().stream().map(secret -> target.arn(SCRAM_SECRETS.key(), secret))
                                .toList()));
            }
            return arn;
        }
    }
}
