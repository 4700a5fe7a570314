package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.ClusterOperationInfo;
import dev.awsemulator.core.kafka.api.ClusterOperationV2;
import dev.awsemulator.core.kafka.api.ClusterOperationV2Summary;
import dev.awsemulator.core.kafka.api.ListClusterOperationsResult;
import dev.awsemulator.core.kafka.api.ListClusterOperationsV2Result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A cluster's operations as the V1 and V2 APIs list and describe them, newest first. */
final class OperationQueries {

    private final ClusterRegistry clusters;

    OperationQueries(ClusterRegistry clusters) {
        this.clusters = clusters;
    }

    ClusterOperationInfo describe(Caller caller, String operationArn) {
        MskCluster cluster = clusterOf(caller, operationArn);
        synchronized (cluster) {
            return ClusterViews.operationV1(cluster, operation(cluster, operationArn));
        }
    }

    ClusterOperationV2 describeV2(Caller caller, String operationArn) {
        MskCluster cluster = clusterOf(caller, operationArn);
        synchronized (cluster) {
            return ClusterViews.operationV2(cluster, operation(cluster, operationArn));
        }
    }

    ListClusterOperationsResult list(Caller caller, String clusterArn, Integer maxResults, String nextToken) {
        MskCluster cluster = clusters.find(caller, clusterArn);
        synchronized (cluster) {
            Page<ClusterOperation> page = page(cluster, maxResults, nextToken);
            return new ListClusterOperationsResult(page.items().stream()
                    .map(operation -> ClusterViews.operationV1(cluster, operation)).toList(), page.nextToken());
        }
    }

    ListClusterOperationsV2Result listV2(Caller caller, String clusterArn, Integer maxResults, String nextToken) {
        MskCluster cluster = clusters.find(caller, clusterArn);
        synchronized (cluster) {
            Page<ClusterOperation> page = page(cluster, maxResults, nextToken);
            List<ClusterOperationV2Summary> summaries = page.items().stream()
                    .map(operation -> ClusterViews.summary(cluster, operation)).toList();
            return new ListClusterOperationsV2Result(summaries, page.nextToken());
        }
    }

    /** Newest first: operations are kept in the order they began, so the page key counts back from the last. */
    private static Page<ClusterOperation> page(MskCluster cluster, Integer maxResults, String nextToken) {
        List<ClusterOperation> newestFirst = new ArrayList<>(cluster.operations);
        Collections.reverse(newestFirst);
        return Pages.page(newestFirst, operation -> String.format("%010d",
                Integer.MAX_VALUE - cluster.operations.indexOf(operation)), maxResults, nextToken);
    }

    /** An operation's ARN is its cluster's with {@code cluster-operation} for {@code cluster} and one more part. */
    private MskCluster clusterOf(Caller caller, String operationArn) {
        Checks.required(operationArn, "clusterOperationArn");
        int lastSlash = operationArn.lastIndexOf('/');
        MskCluster cluster = operationArn.contains(":cluster-operation/") && lastSlash > 0
                ? clusters.get(operationArn.substring(0, lastSlash).replace(":cluster-operation/", ":cluster/"))
                : null;
        if (cluster == null || !KafkaArns.owned(caller, cluster.arn)) {
            throw notFound(operationArn);
        }
        return cluster;
    }

    private static ClusterOperation operation(MskCluster cluster, String operationArn) {
        ClusterOperation operation = cluster.operation(operationArn);
        if (operation == null) {
            throw notFound(operationArn);
        }
        return operation;
    }

    private static RuntimeException notFound(String operationArn) {
        return KafkaError.NOT_FOUND.exception("The cluster operation " + operationArn + " does not exist.",
                "clusterOperationArn");
    }
}
