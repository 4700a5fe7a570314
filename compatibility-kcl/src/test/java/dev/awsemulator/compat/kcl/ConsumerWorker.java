package dev.awsemulator.compat.kcl;

import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.kinesis.common.ConfigsBuilder;
import software.amazon.kinesis.common.InitialPositionInStream;
import software.amazon.kinesis.common.InitialPositionInStreamExtended;
import software.amazon.kinesis.common.KinesisClientUtil;
import software.amazon.kinesis.coordinator.Scheduler;
import software.amazon.kinesis.leases.LeaseManagementConfig;
import software.amazon.kinesis.metrics.MetricsLevel;
import software.amazon.kinesis.metrics.NullMetricsFactory;
import software.amazon.kinesis.processor.SingleStreamTracker;
import software.amazon.kinesis.retrieval.RetrievalSpecificConfig;
import software.amazon.kinesis.retrieval.fanout.FanOutConfig;
import software.amazon.kinesis.retrieval.polling.PollingConfig;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One KCL 3 worker of a consumer application, running its Scheduler on a thread of its own. Its
 * timings are shortened from the defaults (lease failover, shard sync, lease assignment, worker
 * metrics, leader election, idle time between reads) so that a test sees in seconds what takes
 * minutes in production; CloudWatch metrics are off.
 */
final class ConsumerWorker implements AutoCloseable {

    /** How a worker reads its shards. */
    enum Retrieval { POLLING, FAN_OUT }

    private static final long FAILOVER_MILLIS = 5_000;
    private static final long SHORT_INTERVAL_MILLIS = 500;
    private static final long METRICS_REPORT_MILLIS = 2_500;
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final String workerId;
    private final OperationRecorder kinesisOperations = new OperationRecorder();
    private final KinesisAsyncClient kinesis;
    private final DynamoDbAsyncClient dynamoDb;
    private final CloudWatchAsyncClient cloudWatch;
    private final Scheduler scheduler;
    private final Thread thread;

    private ConsumerWorker(String workerId, String streamName, String applicationName, Retrieval retrieval,
                           URI kinesisEndpoint, DynamoDbLocal leaseStore, RecordLog log) {
        this.workerId = workerId;
        this.kinesis = KinesisClientUtil.createKinesisAsyncClient(
                AwsClients.configure(KinesisAsyncClient.builder(), kinesisEndpoint)
                        .overrideConfiguration(o -> o.addExecutionInterceptor(kinesisOperations)));
        this.dynamoDb = leaseStore.newAsyncClient();
        // Never called with metrics off; it points at the emulator so that a stray call fails loudly.
        this.cloudWatch = AwsClients.configure(CloudWatchAsyncClient.builder(), kinesisEndpoint).build();
        ConfigsBuilder configs = new ConfigsBuilder(
                new SingleStreamTracker(streamName,
                        InitialPositionInStreamExtended.newInitialPosition(InitialPositionInStream.TRIM_HORIZON)),
                applicationName, kinesis, dynamoDb, cloudWatch, workerId,
                () -> new RecordingProcessor(workerId, log));
        this.scheduler = new Scheduler(
                configs.checkpointConfig(),
                configs.coordinatorConfig()
                        .parentShardPollIntervalMillis(SHORT_INTERVAL_MILLIS)
                        .shardConsumerDispatchPollIntervalMillis(SHORT_INTERVAL_MILLIS)
                        .schedulerInitializationBackoffTimeMillis(SHORT_INTERVAL_MILLIS),
                leaseManagement(configs.leaseManagementConfig()),
                configs.lifecycleConfig(),
                configs.metricsConfig().metricsLevel(MetricsLevel.NONE).metricsFactory(new NullMetricsFactory()),
                configs.processorConfig(),
                configs.retrievalConfig().retrievalSpecificConfig(retrievalConfig(retrieval, streamName,
                        applicationName)));
        this.thread = new Thread(scheduler, "kcl-" + workerId);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((failed, error) -> log.workerFailed(workerId, error));
    }

    static ConsumerWorker start(String workerId, String streamName, String applicationName, Retrieval retrieval,
                                URI kinesisEndpoint, DynamoDbLocal leaseStore, RecordLog log) {
        ConsumerWorker worker = new ConsumerWorker(workerId, streamName, applicationName, retrieval, kinesisEndpoint,
                leaseStore, log);
        worker.thread.start();
        return worker;
    }

    String workerId() {
        return workerId;
    }

    /** The Kinesis operations this worker has called so far. */
    Set<String> kinesisOperations() {
        return kinesisOperations.operations();
    }

    /**
     * Stops as an application does on a deploy: every record processor is asked to shut down and
     * checkpoints, then the worker gives up its leases and ends.
     */
    void stopGracefully() throws Exception {
        if (!scheduler.startGracefulShutdown().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("worker " + workerId + " did not shut down gracefully");
        }
        thread.join(TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS));
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            scheduler.shutdown();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(STOP_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kinesis.close();
        dynamoDb.close();
        cloudWatch.close();
    }

    /**
     * Short intervals so a test does not wait on the KCL's production timings, except the worker's metrics
     * report: the lease assignment takes a worker whose last report is older than two report intervals (in
     * whole seconds) for dead and gives it no lease, so with a half-second interval a report delayed by a
     * second on a busy machine left the new shards of a reshard unassigned (seen once: 150 records unread
     * for two minutes, "Not able to assign all expiredOrUnAssignedLeases" every second).
     */
    private static LeaseManagementConfig leaseManagement(LeaseManagementConfig config) {
        config.workerUtilizationAwareAssignmentConfig()
                .inMemoryWorkerMetricsCaptureFrequencyMillis(SHORT_INTERVAL_MILLIS / 5)
                .workerMetricsReporterFreqInMillis(METRICS_REPORT_MILLIS);
        return config
                .failoverTimeMillis(FAILOVER_MILLIS)
                .leaseAssignmentIntervalMillis(SHORT_INTERVAL_MILLIS * 2)
                .shardSyncIntervalMillis(SHORT_INTERVAL_MILLIS * 2)
                .leasesRecoveryAuditorExecutionFrequencyMillis(SHORT_INTERVAL_MILLIS * 2)
                .dynamoDbLockBasedLeaderLeaseDurationInMillis(FAILOVER_MILLIS)
                .dynamoDbLockBasedLeaderHeartbeatPeriodInMillis(SHORT_INTERVAL_MILLIS * 2);
    }

    private RetrievalSpecificConfig retrievalConfig(Retrieval retrieval, String streamName, String applicationName) {
        return switch (retrieval) {
            case POLLING -> new PollingConfig(streamName, kinesis)
                    .idleTimeBetweenReadsInMillis(PollingConfig.MIN_IDLE_MILLIS_BETWEEN_READS);
            // Registers a stream consumer named after the application, then calls SubscribeToShard (HTTP/2).
            case FAN_OUT -> new FanOutConfig(kinesis).streamName(streamName).applicationName(applicationName);
        };
    }
}
