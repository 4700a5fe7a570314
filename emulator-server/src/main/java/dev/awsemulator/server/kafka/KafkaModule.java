package dev.awsemulator.server.kafka;

import dev.awsemulator.core.kafka.KafkaOptions;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.CommandLineOptions;
import dev.awsemulator.server.service.OptionValues;
import dev.awsemulator.server.service.ServedDocument;
import dev.awsemulator.server.service.ServiceModule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amazon MSK on the server: its REST-JSON operations, {@code mskConfigurations}, {@code mskScramSecrets} and
 * {@code mskClusters} in the config file, the Clusters section, the brokers' TLS certificate at
 * {@value #CERTIFICATE_PATH}, and a health entry naming what runs the brokers.
 */
public final class KafkaModule implements ServiceModule<KafkaService> {

    private static final Pattern BOOTSTRAP = Pattern.compile("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*");

    /** Where clients fetch the certificate to trust for the brokers' TLS listeners. */
    public static final String CERTIFICATE_PATH = "/_emulator/kafka/broker-certificate.pem";

    @Override
    public Class<KafkaService> serviceType() {
        return KafkaService.class;
    }

    /** How long transitions take, and an existing Kafka cluster to front; brokers bind the server's own host. */
    @Override
    public Optional<CommandLineOptions<?>> commandLineOptions() {
        return Optional.of(new CommandLineOptions<>(KafkaOptions.class, KafkaOptions.DEFAULTS::withBrokerHost, List.of(
                new CommandLineOptions.Flag<>("--kafka-transition-delay", "DURATION", "EMULATOR_KAFKA_TRANSITION_DELAY",
                        "0", "the least time MSK clusters stay CREATING, UPDATING, DELETING or REBOOTING_BROKER (and "
                                + "their operations UPDATE_IN_PROGRESS); 0 ends each as soon as the brokers are done",
                        text -> {
                            Duration delay = OptionValues.duration(text, "--kafka-transition-delay");
                            return options -> options.withTransitionDelay(delay);
                        }),
                new CommandLineOptions.Flag<>("--kafka-bootstrap", "HOST:PORT,...", "EMULATOR_KAFKA_BOOTSTRAP", "none",
                        "front an existing Kafka cluster: every MSK cluster's bootstrap brokers are these, and no "
                                + "broker runs in the emulator",
                        text -> {
                            String bootstrap = bootstrap(text);
                            return options -> options.withExternalBootstrap(bootstrap);
                        }))));
    }

    /** A Kafka bootstrap list: {@code host:port} pairs, comma-separated. */
    private static String bootstrap(String text) {
        if (!BOOTSTRAP.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("--kafka-bootstrap must be host:port pairs separated by commas, not "
                    + text);
        }
        return text.trim();
    }

    @Override
    public String displayName() {
        return "MSK";
    }

    @Override
    public ServiceDefinition definition(KafkaService kafka) {
        return KafkaApi.definition(kafka);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(KafkaConfig.CONFIGURATIONS, KafkaConfig.SCRAM_SECRETS, KafkaConfig.CLUSTERS);
    }

    @Override
    public List<DashboardView> dashboardViews(KafkaService kafka) {
        return List.of(DashboardView.of("clusters", KafkaModule.class, "clusters.js", () -> ClustersView.of(kafka)));
    }

    @Override
    public String status(KafkaService kafka) {
        return kafka.status();
    }

    @Override
    public List<ServedDocument> documents(KafkaService kafka) {
        return List.of(new ServedDocument(CERTIFICATE_PATH, "application/x-pem-file", kafka::brokerCertificatePem));
    }
}
