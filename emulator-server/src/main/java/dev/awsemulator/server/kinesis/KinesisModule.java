package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.ServiceModule;

import java.util.List;

/** Amazon Kinesis Data Streams on the server: its operations, {@code streams} in the config file, the Streams section. */
public final class KinesisModule implements ServiceModule<KinesisService> {

    @Override
    public Class<KinesisService> serviceType() {
        return KinesisService.class;
    }

    @Override
    public String displayName() {
        return "Kinesis";
    }

    @Override
    public ServiceDefinition definition(KinesisService kinesis) {
        return KinesisApi.definition(kinesis);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(KinesisConfig.STREAMS);
    }

    @Override
    public List<DashboardView> dashboardViews(KinesisService kinesis) {
        return List.of(DashboardView.of("streams", KinesisModule.class, "streams.js", () -> StreamsView.of(kinesis)));
    }
}
