package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.ClusterOperationStep;
import dev.awsemulator.core.kafka.api.ClusterOperationStepInfo;
import dev.awsemulator.core.kafka.api.ErrorInfo;
import dev.awsemulator.core.kafka.api.MutableClusterInfo;

import java.time.Instant;
import java.util.List;

/**
 * One change to a cluster, as {@code ListClusterOperations} shows it: {@code PENDING}, then
 * {@code UPDATE_IN_PROGRESS} while the brokers take the change, then {@code UPDATE_COMPLETE} (or
 * {@code UPDATE_FAILED} with the reason). Guarded by its cluster's monitor.
 */
final class ClusterOperation {

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "UPDATE_IN_PROGRESS";
    static final String COMPLETE = "UPDATE_COMPLETE";
    static final String FAILED = "UPDATE_FAILED";
    private static final List<String> STEPS = List.of("INITIALIZE_UPDATE", "UPDATE_APPLY", "FINALIZE_UPDATE");

    final String arn;
    final String clientRequestId;
    final String operationType;
    final Instant creationTime;
    final MutableClusterInfo source;
    final MutableClusterInfo target;
    String state = PENDING;
    Instant endTime;
    ErrorInfo errorInfo;

    ClusterOperation(String arn, String clientRequestId, String operationType, Instant creationTime,
                     MutableClusterInfo source, MutableClusterInfo target) {
        this.arn = arn;
        this.clientRequestId = clientRequestId;
        this.operationType = operationType;
        this.creationTime = creationTime;
        this.source = source;
        this.target = target;
    }

    boolean finished() {
        return COMPLETE.equals(state) || FAILED.equals(state);
    }

    void complete(Instant now) {
        state = COMPLETE;
        endTime = now;
    }

    void fail(Instant now, String errorCode, String message) {
        state = FAILED;
        endTime = now;
        errorInfo = new ErrorInfo(errorCode, message);
    }

    /** AWS's three steps, each as far along as the operation is. */
    List<ClusterOperationStep> steps() {
        return List.of(step(0), step(1), step(2));
    }

    private ClusterOperationStep step(int index) {
        String status = switch (state) {
            case COMPLETE -> "COMPLETE";
            case FAILED -> index < 1 ? "COMPLETE" : index == 1 ? "FAILED" : "PENDING";
            case IN_PROGRESS -> index < 1 ? "COMPLETE" : index == 1 ? "IN_PROGRESS" : "PENDING";
            default -> "PENDING";
        };
        return new ClusterOperationStep(new ClusterOperationStepInfo(status), STEPS.get(index));
    }
}
