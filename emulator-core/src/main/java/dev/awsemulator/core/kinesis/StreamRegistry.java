package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.RetainedMemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every stream of every account and region, found by name or ARN as the operations address them. */
final class StreamRegistry {

    private final Map<StreamKey, Stream> streams = new ConcurrentHashMap<>();
    private final RetainedMemory memory;

    StreamRegistry(RetainedMemory memory) {
        this.memory = memory;
    }

    static StreamKey key(Caller caller, String name) {
        return new StreamKey(caller.partition(), caller.region(), caller.accountId(), name);
    }

    /**
     * Adds {@code stream} unless its name is taken, in any state (a DELETING stream still holds it); its
     * records are charged to the emulator's retained memory from then on.
     */
    void add(Stream stream) {
        if (streams.putIfAbsent(stream.key, stream) != null) {
            throw KinesisError.RESOURCE_IN_USE.exception("Stream " + stream.name() + " under account "
                    + stream.key.accountId() + " already exists.");
        }
        stream.attach(memory);
    }

    void remove(Stream stream) {
        if (streams.remove(stream.key, stream)) {
            stream.discard();
        }
    }

    void clear() {
        for (Stream stream : List.copyOf(streams.values())) {
            remove(stream);
        }
    }

    /**
     * The stream a request names by StreamName, StreamARN or both (they must agree). A name is looked up
     * in the caller's account and region; an ARN names its own.
     */
    Stream find(Caller caller, String streamName, String streamArn) {
        if (streamName == null && streamArn == null) {
            throw ModelConstraints.invalidArgument("Either StreamName or StreamARN must be provided.");
        }
        if (streamName != null) {
            ModelConstraints.name(streamName, "streamName");
        }
        StreamKey key = streamArn != null ? arnKey(streamArn, "streamARN") : key(caller, streamName);
        if (streamName != null && !streamName.equals(key.name())) {
            throw ModelConstraints.invalidArgument("StreamARN " + streamArn + " and StreamName " + streamName
                    + " refer to different streams.");
        }
        return find(key);
    }

    /** The stream registered under {@code key}, or null. */
    Stream get(StreamKey key) {
        return streams.get(key);
    }

    Stream find(StreamKey key) {
        Stream stream = streams.get(key);
        if (stream == null) {
            throw notFound(key);
        }
        return stream;
    }

    /** The streams of one account and region, by name. */
    List<Stream> list(Caller caller) {
        return streams.values().stream()
                .filter(s -> s.key.accountId().equals(caller.accountId()) && s.key.region().equals(caller.region()))
                .sorted(Comparator.comparing(Stream::name))
                .toList();
    }

    List<Stream> all() {
        return List.copyOf(streams.values());
    }

    static StreamKey arnKey(String arn, String member) {
        ModelConstraints.length(arn, member, 1, 2048);
        StreamKey.Named parsed = StreamKey.parseArn(arn);
        if (parsed == null || parsed.consumerName() != null) {
            throw ModelConstraints.failed("'" + arn + "'", member,
                    "Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
        }
        return parsed.stream();
    }

    static AwsException notFound(StreamKey key) {
        return KinesisError.RESOURCE_NOT_FOUND.exception("Stream " + key.name() + " under account "
                + key.accountId() + " not found.");
    }

    static AwsException notActive(Stream stream) {
        return KinesisError.RESOURCE_IN_USE.exception("Stream " + stream.name() + " under account "
                + stream.key.accountId() + " not ACTIVE, instead in state " + stream.status);
    }

    static void requireActive(Stream stream) {
        if (stream.status != StreamStatus.ACTIVE) {
            throw notActive(stream);
        }
    }
}
