package dev.awsemulator.server.restjson;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A small MSK-like service (the {@code kafka} model's shapes and routes, a few operations): lower
 * camel JSON names, ARNs with slashes in path labels, query paging, ISO-8601 body timestamps, 204s.
 */
public final class FakeKafka {

    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.678Z");

    public record BrokerNodeGroupInfo(String instanceType, List<String> clientSubnets) {
    }

    public record CreateClusterRequest(String clusterName, String kafkaVersion, Integer numberOfBrokerNodes,
                                BrokerNodeGroupInfo brokerNodeGroupInfo, Map<String, String> tags) {
    }

    public record CreateClusterResult(String clusterArn, String clusterName, String state) {
    }

    public record ClusterArnRequest(String clusterArn) {
    }

    public record ClusterInfo(String clusterArn, String clusterName, Instant creationTime, String state,
                       Integer numberOfBrokerNodes, BrokerNodeGroupInfo brokerNodeGroupInfo, Map<String, String> tags) {
    }

    public record DescribeClusterResult(ClusterInfo clusterInfo) {
    }

    public record ListClustersRequest(String clusterNameFilter, Integer maxResults, String nextToken) {
    }

    public record ListClustersResult(List<ClusterInfo> clusterInfoList, String nextToken) {
    }

    public record DeleteClusterRequest(String clusterArn, String currentVersion) {
    }

    public record DeleteClusterResult(String clusterArn, String state) {
    }

    public record TagResourceRequest(String resourceArn, Map<String, String> tags) {
    }

    public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
    }

    public record ResourceArnRequest(String resourceArn) {
    }

    public record ListTagsForResourceResult(Map<String, String> tags) {
    }

    /** The members MSK's errors have beside their message. */
    public record InvalidParameter(String invalidParameter) {
    }

    private final Map<String, ClusterInfo> clusters = new TreeMap<>();

    static ServiceDefinition definition() {
        FakeKafka kafka = new FakeKafka();
        return ServiceDefinition.builder("kafka")
                .wireNames(WireNames.lowerCamel().timestamps(TimestampFormat.ISO_8601))
                .operations(
                        Operation.of("CreateCluster", CreateClusterRequest.class, kafka::createCluster)
                                .at(HttpBinding.post("/v1/clusters")),
                        Operation.of("DescribeCluster", ClusterArnRequest.class, kafka::describeCluster)
                                .at(HttpBinding.get("/v1/clusters/{clusterArn}")),
                        Operation.of("ListClusters", ListClustersRequest.class, kafka::listClusters)
                                .at(HttpBinding.get("/v1/clusters").query("clusterNameFilter", "clusterNameFilter")
                                        .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                        Operation.of("DeleteCluster", DeleteClusterRequest.class, kafka::deleteCluster)
                                .at(HttpBinding.delete("/v1/clusters/{clusterArn}")
                                        .query("currentVersion", "currentVersion")),
                        Operation.empty("TagResource", TagResourceRequest.class, kafka::tagResource)
                                .at(HttpBinding.post("/v1/tags/{resourceArn}").status(204)),
                        Operation.empty("UntagResource", UntagResourceRequest.class, kafka::untagResource)
                                .at(HttpBinding.delete("/v1/tags/{resourceArn}").query("tagKeys", "tagKeys").status(204)),
                        Operation.of("ListTagsForResource", ResourceArnRequest.class, kafka::listTagsForResource)
                                .at(HttpBinding.get("/v1/tags/{resourceArn}")))
                .build();
    }

    private synchronized CreateClusterResult createCluster(Caller caller, CreateClusterRequest request) {
        if (request.clusterName() == null || request.clusterName().isEmpty()) {
            throw FakeError.BAD_REQUEST.exception("clusterName is required.", new InvalidParameter("clusterName"));
        }
        if (clusters.values().stream().anyMatch(cluster -> cluster.clusterName().equals(request.clusterName()))) {
            throw FakeError.CONFLICT.exception("A cluster named " + request.clusterName() + " already exists.");
        }
        String arn = "arn:aws:kafka:" + caller.region() + ":" + caller.accountId() + ":cluster/" + request.clusterName()
                + "/" + UUID.randomUUID();
        clusters.put(arn, new ClusterInfo(arn, request.clusterName(), CREATED, "CREATING",
                request.numberOfBrokerNodes(), request.brokerNodeGroupInfo(),
                request.tags() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.tags())));
        return new CreateClusterResult(arn, request.clusterName(), "CREATING");
    }

    private synchronized DescribeClusterResult describeCluster(Caller caller, ClusterArnRequest request) {
        return new DescribeClusterResult(cluster(request.clusterArn()));
    }

    private synchronized ListClustersResult listClusters(Caller caller, ListClustersRequest request) {
        List<ClusterInfo> matching = clusters.values().stream().filter(cluster -> request.clusterNameFilter() == null
                || cluster.clusterName().startsWith(request.clusterNameFilter())).toList();
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int to = Math.min(matching.size(), from + (request.maxResults() == null ? 10 : request.maxResults()));
        return new ListClustersResult(matching.subList(from, to), to < matching.size() ? Integer.toString(to) : null);
    }

    private synchronized DeleteClusterResult deleteCluster(Caller caller, DeleteClusterRequest request) {
        ClusterInfo cluster = cluster(request.clusterArn());
        if (request.currentVersion() != null && !request.currentVersion().equals("K1")) {
            throw FakeError.BAD_REQUEST.exception("The cluster's current version is K1, not " + request.currentVersion()
                    + ".");
        }
        clusters.remove(cluster.clusterArn());
        return new DeleteClusterResult(cluster.clusterArn(), "DELETING");
    }

    private synchronized void tagResource(Caller caller, TagResourceRequest request) {
        cluster(request.resourceArn()).tags().putAll(request.tags());
    }

    private synchronized void untagResource(Caller caller, UntagResourceRequest request) {
        cluster(request.resourceArn()).tags().keySet().removeAll(request.tagKeys());
    }

    private synchronized ListTagsForResourceResult listTagsForResource(Caller caller, ResourceArnRequest request) {
        return new ListTagsForResourceResult(Map.copyOf(cluster(request.resourceArn()).tags()));
    }

    private ClusterInfo cluster(String arn) {
        ClusterInfo cluster = clusters.get(arn);
        if (cluster == null) {
            throw FakeError.NOT_FOUND.exception("The cluster " + arn + " does not exist.",
                    new InvalidParameter("clusterArn"));
        }
        return cluster;
    }
}
