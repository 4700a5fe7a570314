package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.ServiceModule;

import java.util.List;

/** Amazon SQS on the server: its operations, {@code queues} in the config file, the Queues section, the peek. */
public final class SqsModule implements ServiceModule<SqsService> {

    /** Where LocalStack's SQS peek is served: a queue's messages without receiving them. */
    public static final String PEEK_PATH = SqsPeek.PATH;

    @Override
    public Class<SqsService> serviceType() {
        return SqsService.class;
    }

    @Override
    public String displayName() {
        return "SQS";
    }

    @Override
    public ServiceDefinition definition(SqsService sqs) {
        return SqsApi.definition(sqs);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(SqsConfig.QUEUES);
    }

    @Override
    public List<DashboardView> dashboardViews(SqsService sqs) {
        return List.of(DashboardView.of("queues", SqsModule.class, "queues.js", () -> QueuesView.of(sqs)));
    }
}
