package dev.awsemulator.server.sns;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.ServedDocument;
import dev.awsemulator.server.service.ServiceModule;

import java.util.List;

/**
 * Amazon SNS on the server: its operations, {@code topics} and {@code subscriptions} in the config file,
 * the Topics section, the signing certificate at its SigningCertURL, and HTTP delivery to subscribers.
 */
public final class SnsModule implements ServiceModule<SnsService> {

    @Override
    public Class<SnsService> serviceType() {
        return SnsService.class;
    }

    @Override
    public String displayName() {
        return "SNS";
    }

    @Override
    public ServiceDefinition definition(SnsService sns) {
        return SnsApi.definition(sns);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(SnsConfig.TOPICS, SnsConfig.SUBSCRIPTIONS);
    }

    @Override
    public List<DashboardView> dashboardViews(SnsService sns) {
        return List.of(DashboardView.of("topics", SnsModule.class, "topics.js", () -> TopicsView.of(sns)));
    }

    @Override
    public List<ServedDocument> documents(SnsService sns) {
        return List.of(new ServedDocument(sns.signingCertificatePath(), "application/x-x509-ca-cert",
                sns::signingCertificatePem));
    }

    /** A served emulator reaches HTTP subscribers, unless its builder chose another way. */
    @Override
    public void offerPorts(Emulator emulator) {
        emulator.offer(HttpDelivery.class, new JdkHttpDelivery());
    }
}
