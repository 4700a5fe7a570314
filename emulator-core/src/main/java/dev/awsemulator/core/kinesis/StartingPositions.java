package dev.awsemulator.core.kinesis;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Turns an iterator type (GetShardIterator's ShardIteratorType, SubscribeToShard's StartingPosition)
 * into a position in a shard: the smallest sequence number the reader may get next.
 */
final class StartingPositions {

    static final List<String> TYPES = List.of("AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "TRIM_HORIZON",
            "LATEST", "AT_TIMESTAMP");

    private StartingPositions() {
    }

    static BigInteger resolve(Stream stream, StreamShard shard, String type, String sequenceNumber,
                              Instant timestamp) {
        ModelConstraints.required(type, "shardIteratorType");
        ModelConstraints.oneOf(type, "shardIteratorType", TYPES);
        boolean bySequence = type.endsWith("SEQUENCE_NUMBER");
        if (bySequence != (sequenceNumber != null)) {
            throw ModelConstraints.invalidArgument("Must either specify (1) AT_SEQUENCE_NUMBER or "
                    + "AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no "
                    + "StartingSequenceNumber. Request specified " + type + " and "
                    + (sequenceNumber == null ? "no " : "") + "StartingSequenceNumber.");
        }
        return switch (type) {
            case "AT_SEQUENCE_NUMBER" -> sequence(stream, shard, sequenceNumber);
            case "AFTER_SEQUENCE_NUMBER" -> sequence(stream, shard, sequenceNumber).add(BigInteger.ONE);
            case "TRIM_HORIZON" -> shard.horizon();
            case "LATEST" -> shard.tip();
            default -> {
                if (timestamp == null) {
                    throw ModelConstraints.invalidArgument("Must specify timestampInMillis parameter for iterator of "
                            + "type AT_TIMESTAMP. Current request has no timestamp parameter.");
                }
                yield shard.positionAt(timestamp);
            }
        };
    }

    private static BigInteger sequence(Stream stream, StreamShard shard, String value) {
        BigInteger sequenceNumber = SequenceNumbers.parse(value);
        if (sequenceNumber == null) {
            throw ModelConstraints.failed("'" + value + "'", "startingSequenceNumber",
                    "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})");
        }
        int encoded = SequenceNumbers.shardIndex(sequenceNumber);
        if (encoded < 0) {
            throw ModelConstraints.invalidArgument("StartingSequenceNumber " + value + " used in GetShardIterator "
                    + "on shard " + shard.id + " in stream " + stream.name() + " under account "
                    + stream.key.accountId() + " is invalid.");
        }
        if (encoded != shard.index) {
            throw ModelConstraints.invalidArgument("Invalid StartingSequenceNumber. It encodes "
                    + StreamShard.idOf(encoded) + ", while it was used in a call to a shard with " + shard.id);
        }
        return sequenceNumber;
    }
}
