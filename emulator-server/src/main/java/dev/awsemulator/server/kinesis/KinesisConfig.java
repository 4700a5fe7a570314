package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.RegisterStreamConsumerRequest;
import dev.awsemulator.core.kinesis.api.StreamModeDetails;
import dev.awsemulator.core.kinesis.api.StreamRequest;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.ConfigTarget;
import dev.awsemulator.server.config.ConfigValues;
import dev.awsemulator.server.config.NamedSection;

import java.util.List;
import java.util.Map;

/** The config file's {@code streams}: Kinesis streams, created with CreateStream, and their consumers. */
public final class KinesisConfig {

    public static final ConfigSection<Stream> STREAMS = new Streams();

    private KinesisConfig() {
    }

    /** A stream: {@code shardCount} (default 1) or {@code mode: ON_DEMAND}, tags, enhanced fan-out consumers. */
    public record Stream(String name, Integer shardCount, String mode, Map<String, String> tags,
                         List<String> consumers) {
        public Stream {
            tags = ConfigValues.map(tags);
            consumers = ConfigValues.list(consumers);
        }
    }

    private static final class Streams extends NamedSection<Stream> {

        Streams() {
            super("streams", Stream.class, Stream::name);
        }

        @Override
        public String create(Stream stream, ConfigTarget target) {
            KinesisService kinesis = target.service(KinesisService.class);
            boolean onDemand = "ON_DEMAND".equals(stream.mode());
            Integer shards = stream.shardCount() != null || onDemand ? stream.shardCount() : Integer.valueOf(1);
            kinesis.createStream(target.caller(), new CreateStreamRequest(stream.name(), shards,
                    stream.mode() == null ? null : new StreamModeDetails(stream.mode()),
                    stream.tags().isEmpty() ? null : stream.tags(), null, null));
            String arn = kinesis.describeStreamSummary(target.caller(), new StreamRequest(stream.name(), null))
                    .streamDescriptionSummary().streamARN();
            stream.consumers().forEach(consumer -> kinesis.registerStreamConsumer(target.caller(),
                    new RegisterStreamConsumerRequest(arn, consumer, null)));
            return arn;
        }
    }
}
