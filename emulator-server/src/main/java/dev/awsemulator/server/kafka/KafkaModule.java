package dev.awsemulator.server.kafka;

import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.ServedDocument;
import dev.awsemulator.server.service.ServiceModule;

import java.util.List;

/**
 * Amazon MSK on the server: its REST-JSON operations, {@code mskConfigurations}, {@code mskScramSecrets} and
 * {@code mskClusters} in the config file, the Clusters section, the brokers' TLS certificate at
 * {@value #CERTIFICATE_PATH}, and a health entry naming what runs the brokers.
 */
public final class KafkaModule implements ServiceModule<KafkaService> {

    /** Where clients fetch the certificate to trust for the brokers' TLS listeners. */
    public static final String CERTIFICATE_PATH = "/_emulator/kafka/broker-certificate.pem";

    @Override
    public Class<KafkaService> serviceType() {
        return KafkaService.class;
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
