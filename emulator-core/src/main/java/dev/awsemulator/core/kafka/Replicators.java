package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.kafka.api.ConsumerGroupReplication;
import dev.awsemulator.core.kafka.api.CreateReplicatorRequest;
import dev.awsemulator.core.kafka.api.CreateReplicatorResult;
import dev.awsemulator.core.kafka.api.DeleteReplicatorRequest;
import dev.awsemulator.core.kafka.api.DeleteReplicatorResult;
import dev.awsemulator.core.kafka.api.DescribeReplicatorResult;
import dev.awsemulator.core.kafka.api.KafkaCluster;
import dev.awsemulator.core.kafka.api.KafkaClusterDescription;
import dev.awsemulator.core.kafka.api.KafkaClusterSummary;
import dev.awsemulator.core.kafka.api.ListReplicatorsRequest;
import dev.awsemulator.core.kafka.api.ListReplicatorsResult;
import dev.awsemulator.core.kafka.api.LogDelivery;
import dev.awsemulator.core.kafka.api.ReplicationInfo;
import dev.awsemulator.core.kafka.api.ReplicationInfoDescription;
import dev.awsemulator.core.kafka.api.ReplicationInfoSummary;
import dev.awsemulator.core.kafka.api.ReplicatorSummary;
import dev.awsemulator.core.kafka.api.TopicReplication;
import dev.awsemulator.core.kafka.api.UpdateReplicationInfoRequest;
import dev.awsemulator.core.kafka.api.UpdateReplicationInfoResult;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * MSK Replicators: their whole request and response behaviour and their states ({@code CREATING} then
 * {@code RUNNING}, {@code UPDATING}, {@code DELETING} then gone), on the transition delay. No records are
 * copied between clusters: a replicator here is configuration only, which the README says.
 */
final class Replicators {

    /** One replicator; guarded by its monitor. */
    static final class Replicator {
        final String arn;
        final String name;
        final String accountId;
        final String region;
        final Instant creationTime;
        final String description;
        final List<KafkaCluster> kafkaClusters;
        final String serviceExecutionRoleArn;
        final TagMap tags = new TagMap();
        ReplicationInfo replicationInfo;
        LogDelivery logDelivery;
        String state;
        String currentVersion;

        Replicator(String arn, String name, String accountId, String region, Instant creationTime, String description,
                   List<KafkaCluster> kafkaClusters, String serviceExecutionRoleArn) {
            this.arn = arn;
            this.name = name;
            this.accountId = accountId;
            this.region = region;
            this.creationTime = creationTime;
            this.description = description;
            this.kafkaClusters = kafkaClusters;
            this.serviceExecutionRoleArn = serviceExecutionRoleArn;
        }
    }

    private final Clock clock;
    private final ClusterRegistry clusters;
    private final Transitions transitions;
    private final Map<String, Replicator> byArn = new ConcurrentHashMap<>();
    private final Consumer<Replicator> changed;

    Replicators(Clock clock, ClusterRegistry clusters, Transitions transitions, Consumer<Replicator> changed) {
        this.clock = clock;
        this.clusters = clusters;
        this.transitions = transitions;
        this.changed = changed;
    }

    synchronized CreateReplicatorResult create(Caller caller, CreateReplicatorRequest request) {
        Checks.name(request.replicatorName(), "replicatorName");
        Checks.required(request.serviceExecutionRoleArn(), "serviceExecutionRoleArn");
        List<KafkaCluster> kafkaClusters = Checks.required(request.kafkaClusters(), "kafkaClusters");
        if (kafkaClusters.size() != 2) {
            throw KafkaError.BAD_REQUEST.exception("A replicator needs exactly two Kafka clusters, a source and a"
                    + " target.", "kafkaClusters");
        }
        kafkaClusters.forEach(cluster -> checkCluster(caller, cluster));
        List<ReplicationInfo> infos = Checks.required(request.replicationInfoList(), "replicationInfoList");
        if (infos.size() != 1) {
            throw KafkaError.BAD_REQUEST.exception("A replicator takes exactly one replication info.",
                    "replicationInfoList");
        }
        ReplicationInfo info = infos.get(0);
        checkReplication(info, kafkaClusters);
        if (byArn.values().stream().anyMatch(replicator -> owned(caller, replicator)
                && replicator.name.equals(request.replicatorName()))) {
            throw KafkaError.CONFLICT.exception("A replicator with the name " + request.replicatorName()
                    + " already exists in this account and Region.", "replicatorName");
        }
        Replicator replicator = new Replicator(KafkaArns.replicator(caller, request.replicatorName(), UUID.randomUUID()),
                request.replicatorName(), caller.accountId(), caller.region(), clock.now(), request.description(),
                List.copyOf(kafkaClusters), request.serviceExecutionRoleArn());
        replicator.replicationInfo = info;
        replicator.logDelivery = request.logDelivery();
        replicator.state = "CREATING";
        replicator.currentVersion = ClusterVersions.next();
        if (request.tags() != null) {
            replicator.tags.putAll(request.tags());
        }
        byArn.put(replicator.arn, replicator);
        changed.accept(replicator);
        settle(replicator, "CREATING");
        return new CreateReplicatorResult(replicator.arn, replicator.name, "CREATING");
    }

    DescribeReplicatorResult describe(Caller caller, String arn) {
        Replicator replicator = find(caller, arn);
        synchronized (replicator) {
            List<KafkaClusterDescription> descriptions = replicator.kafkaClusters.stream()
                    .map(cluster -> new KafkaClusterDescription(cluster.amazonMskCluster(), cluster.apacheKafkaCluster(),
                            alias(cluster), cluster.vpcConfig(), cluster.clientAuthentication(),
                            cluster.encryptionInTransit()))
                    .toList();
            ReplicationInfo info = replicator.replicationInfo;
            ReplicationInfoDescription description = new ReplicationInfoDescription(info.consumerGroupReplication(),
                    alias(replicator, info.sourceKafkaClusterArn(), info.sourceKafkaClusterId()),
                    info.targetCompressionType() == null ? "NONE" : info.targetCompressionType(),
                    alias(replicator, info.targetKafkaClusterArn(), info.targetKafkaClusterId()),
                    info.topicReplication());
            return new DescribeReplicatorResult(replicator.creationTime, replicator.currentVersion, false, descriptions,
                    List.of(description), replicator.arn, replicator.description, replicator.name, replicator.arn,
                    replicator.state, replicator.serviceExecutionRoleArn, null, replicator.tags.snapshot(),
                    replicator.logDelivery);
        }
    }

    ListReplicatorsResult list(Caller caller, ListReplicatorsRequest request) {
        List<Replicator> matching = byArn.values().stream().filter(replicator -> owned(caller, replicator))
                .filter(replicator -> request.replicatorNameFilter() == null
                        || replicator.name.startsWith(request.replicatorNameFilter()))
                .sorted(java.util.Comparator.comparing(replicator -> replicator.arn)).toList();
        Page<Replicator> page = Pages.page(matching, replicator -> replicator.arn, request.maxResults(),
                request.nextToken());
        return new ListReplicatorsResult(page.nextToken(), page.items().stream().map(this::summary).toList());
    }

    UpdateReplicationInfoResult update(Caller caller, UpdateReplicationInfoRequest request) {
        Replicator replicator = find(caller, request.replicatorArn());
        Checks.required(request.currentVersion(), "currentVersion");
        synchronized (replicator) {
            if (!"RUNNING".equals(replicator.state)) {
                throw KafkaError.BAD_REQUEST.exception("The replicator is " + replicator.state + ". You can update a"
                        + " replicator only when it is RUNNING.", "replicatorArn");
            }
            if (!request.currentVersion().equals(replicator.currentVersion)) {
                throw KafkaError.BAD_REQUEST.exception("The replicator's current version is "
                        + replicator.currentVersion + ", not " + request.currentVersion() + ".", "currentVersion");
            }
            ReplicationInfo info = replicator.replicationInfo;
            if (!sameCluster(request.sourceKafkaClusterArn(), request.sourceKafkaClusterId(),
                    info.sourceKafkaClusterArn(), info.sourceKafkaClusterId())
                    || !sameCluster(request.targetKafkaClusterArn(), request.targetKafkaClusterId(),
                    info.targetKafkaClusterArn(), info.targetKafkaClusterId())) {
                throw KafkaError.BAD_REQUEST.exception("The source and target clusters must be the replicator's.",
                        "sourceKafkaClusterArn");
            }
            replicator.replicationInfo = updated(info, request);
            if (request.logDelivery() != null) {
                replicator.logDelivery = request.logDelivery();
            }
            replicator.state = "UPDATING";
            replicator.currentVersion = ClusterVersions.next();
            changed.accept(replicator);
        }
        settle(replicator, "UPDATING");
        return new UpdateReplicationInfoResult(replicator.arn, "UPDATING");
    }

    DeleteReplicatorResult delete(Caller caller, DeleteReplicatorRequest request) {
        Replicator replicator = find(caller, request.replicatorArn());
        synchronized (replicator) {
            if (request.currentVersion() != null && !request.currentVersion().equals(replicator.currentVersion)) {
                throw KafkaError.BAD_REQUEST.exception("The replicator's current version is "
                        + replicator.currentVersion + ", not " + request.currentVersion() + ".", "currentVersion");
            }
            replicator.state = "DELETING";
            changed.accept(replicator);
        }
        transitions.after(CompletableFuture.completedFuture(null), () -> {
            if (byArn.remove(replicator.arn, replicator)) {
                changed.accept(replicator);
            }
        }, error -> { });
        return new DeleteReplicatorResult(replicator.arn, "DELETING");
    }

    Replicator get(String arn) {
        return byArn.get(arn);
    }

    List<Replicator> all() {
        return List.copyOf(byArn.values());
    }

    void add(Replicator replicator) {
        byArn.put(replicator.arn, replicator);
    }

    void removeIf(java.util.function.Predicate<Replicator> condition) {
        byArn.values().removeIf(condition);
    }

    private void settle(Replicator replicator, String passing) {
        transitions.after(CompletableFuture.completedFuture(null), () -> {
            synchronized (replicator) {
                if (passing.equals(replicator.state) && byArn.get(replicator.arn) == replicator) {
                    replicator.state = "RUNNING";
                    changed.accept(replicator);
                }
            }
        }, error -> { });
    }

    private ReplicatorSummary summary(Replicator replicator) {
        synchronized (replicator) {
            ReplicationInfo info = replicator.replicationInfo;
            return new ReplicatorSummary(replicator.creationTime, replicator.currentVersion, false,
                    replicator.kafkaClusters.stream().map(cluster -> new KafkaClusterSummary(cluster.amazonMskCluster(),
                            cluster.apacheKafkaCluster(), alias(cluster))).toList(),
                    List.of(new ReplicationInfoSummary(
                            alias(replicator, info.sourceKafkaClusterArn(), info.sourceKafkaClusterId()),
                            alias(replicator, info.targetKafkaClusterArn(), info.targetKafkaClusterId()))),
                    replicator.arn, replicator.name, replicator.arn, replicator.state);
        }
    }

    private void checkCluster(Caller caller, KafkaCluster cluster) {
        if ((cluster.amazonMskCluster() == null) == (cluster.apacheKafkaCluster() == null)) {
            throw KafkaError.BAD_REQUEST.exception("Each Kafka cluster names either an Amazon MSK cluster or an"
                    + " Apache Kafka cluster.", "kafkaClusters");
        }
        if (cluster.amazonMskCluster() != null) {
            clusters.find(caller, Checks.required(cluster.amazonMskCluster().mskClusterArn(),
                    "kafkaClusters.amazonMskCluster.mskClusterArn"));
        } else {
            Checks.required(cluster.apacheKafkaCluster().apacheKafkaClusterId(),
                    "kafkaClusters.apacheKafkaCluster.apacheKafkaClusterId");
            Checks.required(cluster.apacheKafkaCluster().bootstrapBrokerString(),
                    "kafkaClusters.apacheKafkaCluster.bootstrapBrokerString");
        }
        Checks.required(cluster.vpcConfig(), "kafkaClusters.vpcConfig");
        Checks.required(cluster.vpcConfig().subnetIds(), "kafkaClusters.vpcConfig.subnetIds");
    }

    private static void checkReplication(ReplicationInfo info, List<KafkaCluster> kafkaClusters) {
        TopicReplication topics = Checks.required(info.topicReplication(), "replicationInfoList.topicReplication");
        Checks.required(topics.topicsToReplicate(), "replicationInfoList.topicReplication.topicsToReplicate");
        ConsumerGroupReplication groups = Checks.required(info.consumerGroupReplication(),
                "replicationInfoList.consumerGroupReplication");
        Checks.required(groups.consumerGroupsToReplicate(),
                "replicationInfoList.consumerGroupReplication.consumerGroupsToReplicate");
        Checks.oneOf(info.targetCompressionType(), List.of("NONE", "GZIP", "SNAPPY", "LZ4", "ZSTD"),
                "replicationInfoList.targetCompressionType");
        boolean sourceKnown = kafkaClusters.stream().anyMatch(cluster ->
                sameCluster(info.sourceKafkaClusterArn(), info.sourceKafkaClusterId(), arn(cluster), id(cluster)));
        boolean targetKnown = kafkaClusters.stream().anyMatch(cluster ->
                sameCluster(info.targetKafkaClusterArn(), info.targetKafkaClusterId(), arn(cluster), id(cluster)));
        if (!sourceKnown || !targetKnown) {
            throw KafkaError.BAD_REQUEST.exception("The source and target of the replication must be among the"
                    + " replicator's Kafka clusters.", "replicationInfoList");
        }
    }

    private static ReplicationInfo updated(ReplicationInfo info, UpdateReplicationInfoRequest request) {
        TopicReplication topics = info.topicReplication();
        if (request.topicReplication() != null) {
            var update = request.topicReplication();
            topics = new TopicReplication(update.copyAccessControlListsForTopics(), update.copyTopicConfigurations(),
                    update.detectAndCopyNewTopics(), topics.startingPosition(), topics.topicNameConfiguration(),
                    update.topicsToExclude(), update.topicsToReplicate());
        }
        ConsumerGroupReplication groups = info.consumerGroupReplication();
        if (request.consumerGroupReplication() != null) {
            var update = request.consumerGroupReplication();
            groups = new ConsumerGroupReplication(update.consumerGroupsToExclude(), update.consumerGroupsToReplicate(),
                    update.detectAndCopyNewConsumerGroups(), update.synchroniseConsumerGroupOffsets(),
                    groups.consumerGroupOffsetSyncMode());
        }
        return new ReplicationInfo(groups, info.sourceKafkaClusterArn(), info.sourceKafkaClusterId(),
                info.targetCompressionType(), info.targetKafkaClusterArn(), info.targetKafkaClusterId(), topics);
    }

    private static boolean sameCluster(String arn, String id, String otherArn, String otherId) {
        return arn != null ? arn.equals(otherArn) : id != null && id.equals(otherId);
    }

    private static String arn(KafkaCluster cluster) {
        return cluster.amazonMskCluster() == null ? null : cluster.amazonMskCluster().mskClusterArn();
    }

    private static String id(KafkaCluster cluster) {
        return cluster.apacheKafkaCluster() == null ? null : cluster.apacheKafkaCluster().apacheKafkaClusterId();
    }

    /** A cluster's alias in the replicator: the MSK cluster's name, or the Apache Kafka cluster's id. */
    private static String alias(KafkaCluster cluster) {
        String arn = arn(cluster);
        return arn != null ? arn.split("/")[1] : id(cluster);
    }

    private static String alias(Replicator replicator, String arn, String id) {
        return replicator.kafkaClusters.stream()
                .filter(cluster -> sameCluster(arn, id, arn(cluster), id(cluster)))
                .map(Replicators::alias).filter(Objects::nonNull).findFirst().orElse(arn != null ? arn : id);
    }

    private Replicator find(Caller caller, String arn) {
        Checks.required(arn, "replicatorArn");
        Replicator replicator = byArn.get(arn);
        if (replicator == null || !owned(caller, replicator)) {
            throw KafkaError.NOT_FOUND.exception("The replicator " + arn + " does not exist.", "replicatorArn");
        }
        return replicator;
    }

    private static boolean owned(Caller caller, Replicator replicator) {
        return replicator.accountId.equals(caller.accountId()) && replicator.region.equals(caller.region());
    }
}
