package dev.awsemulator.core;

import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.sns.SnsOptions;
import dev.awsemulator.core.persistence.DataDirectory;
import dev.awsemulator.core.persistence.PersistenceOptions;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.delivery.DeliveredAttribute;
import dev.awsemulator.core.sns.delivery.DeliveryFailedException;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.core.time.SystemClock;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The composition root: every service of one emulator, sharing one clock, wired to each other
 * (SNS delivers into SQS through a port, so neither knows the other). Services keep the resources
 * of every account and region they have seen. With a data directory every change is journaled before it
 * is acknowledged, and the state found there is restored when the emulator is built.
 */
public final class Emulator implements AutoCloseable {

    /** The principal SQS reports as SenderId for messages SNS delivered. */
    static final String SNS_SENDER_ID = "AIDAIT2UOQQY3AUEKVGXU";

    private final Clock clock;
    private final SqsService sqs;
    private final SnsService sns;
    private final KinesisService kinesis;
    private final RetainedMemory retainedMemory;
    /** Null when the emulator keeps its state in memory only. */
    private final DataDirectory dataDirectory;

    private Emulator(Builder builder) {
        this.clock = builder.clock != null ? builder.clock : new SystemClock();
        this.dataDirectory = builder.persistence == null ? null : DataDirectory.open(builder.persistence);
        StateJournal journal = dataDirectory == null ? StateJournal.NONE : dataDirectory;
        this.retainedMemory = new RetainedMemory(builder.maxRetainedBytes > 0 ? builder.maxRetainedBytes
                : RetainedMemory.defaultLimit());
        this.sqs = new SqsService(clock, builder.sqsOptions, journal, retainedMemory);
        this.sns = new SnsService(clock, this::deliverToQueue, builder.httpDelivery, builder.snsOptions, journal,
                retainedMemory);
        this.kinesis = new KinesisService(clock, builder.kinesisOptions, journal, retainedMemory);
        retainedMemory.reclaimWith(() -> {
            sqs.dropExpired();
            kinesis.dropExpired();
        });
        if (dataDirectory != null) {
            try {
                RestoredState restored = dataDirectory.restored();
                sqs.restoreState(restored);
                sns.restoreState(restored);
                kinesis.restoreState(restored);
                dataDirectory.start(List.of(sqs, sns, kinesis));
            } catch (RuntimeException e) {
                dataDirectory.release();
                throw e;
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() {
        return clock;
    }

    public SqsService sqs() {
        return sqs;
    }

    public SnsService sns() {
        return sns;
    }

    public KinesisService kinesis() {
        return kinesis;
    }

    /** The heap SQS messages and Kinesis records may hold, shared by both, and how much of it they hold now. */
    public RetainedMemory retainedMemory() {
        return retainedMemory;
    }

    /** Deletes every resource of every service, on disk too; the clock keeps its time. */
    public void reset() {
        clear();
        if (dataDirectory != null) {
            dataDirectory.compact();
        }
    }

    /**
     * Deletes every resource of one account, in every region and service, on disk too; other accounts
     * keep theirs, so tests that each use their own account can clean up while others still run.
     */
    public void deleteAccount(String accountId) {
        kinesis.deleteAccount(accountId);
        sns.deleteAccount(accountId);
        sqs.deleteAccount(accountId);
    }

    /** Answers every waiting long poll now, with nothing; unlike {@link #reset()} the state stays. */
    public void endWaits() {
        sqs.endWaitingReceives();
    }

    /** Writes a snapshot of the state now, so the journal starts again empty. Nothing to do in memory only. */
    public void compact() {
        if (dataDirectory != null) {
            dataDirectory.compact();
        }
    }

    private void clear() {
        kinesis.reset();
        sns.reset();
        sqs.reset();
    }

    /** Stops the emulator; with a data directory its last snapshot is written first and the state stays there. */
    @Override
    public void close() {
        if (dataDirectory != null) {
            dataDirectory.close();
        }
        clear();
        if (clock instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the clock", e);
            }
        }
    }

    private void deliverToQueue(String queueArn, String body, Map<String, DeliveredAttribute> attributes,
                                String messageGroupId, String messageDeduplicationId) {
        Map<String, MessageAttributeValue> sqsAttributes = new LinkedHashMap<>();
        attributes.forEach((name, value) -> sqsAttributes.put(name,
                new MessageAttributeValue(value.dataType(), value.stringValue(), value.binaryValue(), null, null)));
        try {
            sqs.sendMessageToArn(queueArn, SNS_SENDER_ID, new SendMessageBatchRequestEntry(null, body, null,
                    sqsAttributes, null, messageDeduplicationId, messageGroupId));
        } catch (AwsException e) {
            throw new DeliveryFailedException(e.errorCode().code() + ": " + e.getMessage());
        }
    }

    public static final class Builder {
        private Clock clock;
        private SqsOptions sqsOptions = SqsOptions.STRICT;
        private HttpDelivery httpDelivery = HttpDelivery.UNAVAILABLE;
        private KinesisOptions kinesisOptions = KinesisOptions.DEFAULTS;
        private SnsOptions snsOptions = SnsOptions.DEFAULTS;
        private PersistenceOptions persistence;
        private long maxRetainedBytes;

        private Builder() {
        }

        /** The clock of every timer; a {@link dev.awsemulator.core.time.ManualClock} for virtual time. Default: wall clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder sqsOptions(SqsOptions sqsOptions) {
            this.sqsOptions = sqsOptions;
            return this;
        }

        /** SNS's topic quotas. Default: AWS's (100,000 standard and 1,000 FIFO topics per account and region). */
        public Builder snsOptions(SnsOptions snsOptions) {
            this.snsOptions = snsOptions;
            return this;
        }

        /** Kinesis transition delays and throughput limits. Default: immediate transitions, no limits. */
        public Builder kinesisOptions(KinesisOptions kinesisOptions) {
            this.kinesisOptions = kinesisOptions;
            return this;
        }

        /** How SNS reaches HTTP/S subscribers; the server provides one. Default: none, deliveries fail. */
        public Builder httpDelivery(HttpDelivery httpDelivery) {
            this.httpDelivery = httpDelivery;
            return this;
        }

        /**
         * Keeps the state in {@code directory}: restored when the emulator is built, every change journaled
         * there before it is acknowledged. Default: memory only.
         */
        public Builder dataDirectory(Path directory) {
            return persistence(directory == null ? null : PersistenceOptions.at(directory));
        }

        /** Like {@link #dataDirectory(Path)}, with the compaction threshold and device syncing chosen. */
        public Builder persistence(PersistenceOptions persistence) {
            this.persistence = persistence;
            return this;
        }

        /**
         * The heap retained SQS messages and Kinesis records may hold together, estimated per entry; beyond
         * it SendMessage answers OverLimit, PutRecord(s) LimitExceededException and Publish Throttled.
         * Default: half of the JVM's maximum heap ({@link RetainedMemory#DEFAULT_HEAP_FRACTION}).
         */
        public Builder maxRetainedBytes(long maxRetainedBytes) {
            if (maxRetainedBytes <= 0) {
                throw new IllegalArgumentException("maxRetainedBytes must be positive, was " + maxRetainedBytes);
            }
            this.maxRetainedBytes = maxRetainedBytes;
            return this;
        }

        public Emulator build() {
            return new Emulator(this);
        }
    }
}
