package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.MinimumThroughputBillingCommitmentOutput;
import dev.awsemulator.core.kinesis.api.UpdateAccountSettingsRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Per-account settings: the minimum throughput billing commitment, which must run for 24 hours. */
final class AccountSettings {

    private static final Duration MINIMUM_COMMITMENT = Duration.ofHours(24);
    private final Map<String, MinimumThroughputBillingCommitmentOutput> commitments = new ConcurrentHashMap<>();

    MinimumThroughputBillingCommitmentOutput commitment(String accountId) {
        return commitments.get(accountId);
    }

    MinimumThroughputBillingCommitmentOutput update(String accountId, UpdateAccountSettingsRequest request,
                                                    Instant now) {
        String status = ModelConstraints.required(ModelConstraints.required(
                request.minimumThroughputBillingCommitment(), "minimumThroughputBillingCommitment").status(),
                "minimumThroughputBillingCommitment.status");
        ModelConstraints.oneOf(status, "minimumThroughputBillingCommitment.status", List.of("ENABLED", "DISABLED"));
        return commitments.compute(accountId, (account, current) -> {
            boolean enabled = current != null && "ENABLED".equals(current.status());
            if ("ENABLED".equals(status)) {
                return enabled ? current : new MinimumThroughputBillingCommitmentOutput("ENABLED", now, null,
                        now.plus(MINIMUM_COMMITMENT));
            }
            if (!enabled) {
                return current;
            }
            if (now.isBefore(current.earliestAllowedEndAt())) {
                // AWS keeps the commitment until its earliest end, then ends it.
                return new MinimumThroughputBillingCommitmentOutput("ENABLED_UNTIL_EARLIEST_ALLOWED_END",
                        current.startedAt(), current.earliestAllowedEndAt(), current.earliestAllowedEndAt());
            }
            return new MinimumThroughputBillingCommitmentOutput("DISABLED", current.startedAt(), now,
                    current.earliestAllowedEndAt());
        });
    }

    void forget(String accountId) {
        commitments.remove(accountId);
    }

    void clear() {
        commitments.clear();
    }
}
