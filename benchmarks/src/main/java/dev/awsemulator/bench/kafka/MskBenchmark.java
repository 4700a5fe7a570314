package dev.awsemulator.bench.kafka;

import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.server.Targets;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ClusterState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Amazon MSK on the emulator's jar, in one run: from {@code CreateCluster} to {@code ACTIVE} (DescribeClusterV2
 * polled every 5 ms) and to the first record a consumer reads; the process's RSS when idle with no cluster and
 * with one; and produce and consume throughput through the cluster's broker and through a plain Kafka broker
 * started from the same jar with the same settings ({@link PlainKafkaBroker}). {@code java -jar benchmarks.jar
 * msk [emulator jar]}; prints a Markdown table.
 */
public final class MskBenchmark {

    private static final int RECORDS = 300_000;
    private static final int RECORD_BYTES = 100;
    private static final Duration IDLE = Duration.ofSeconds(3);

    private MskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "emulator-server/target/emulator-server.jar");
        Path logs = Files.createTempDirectory("msk-benchmark");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("load average at the start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        StringBuilder table = new StringBuilder("| measure | value |\n|---|---:|\n");
        Throughput.Rates ours;
        try (ServerProcess server = ServerProcess.start(Targets.emulator(jar), List.of(), logs, Duration.ofMinutes(1));
             KafkaClient kafka = KafkaClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .httpClientBuilder(Apache5HttpClient.builder()).build()) {
            row(table, "idle RSS, no cluster (MB)", idleRss(server).rssMb());
            long start = System.nanoTime();
            String arn = createActiveCluster(kafka, "bench");
            row(table, "CreateCluster → ACTIVE, first cluster of the process (ms)", (System.nanoTime() - start) / 1e6);
            String bootstrap = kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();
            firstRecord(bootstrap);
            row(table, "CreateCluster → first consumed record, first cluster (ms)", (System.nanoTime() - start) / 1e6);
            row(table, "idle RSS, one cluster (MB)", idleRss(server).rssMb());
            start = System.nanoTime();
            String second = createActiveCluster(kafka, "bench-2");
            row(table, "CreateCluster → ACTIVE, second cluster (ms)", (System.nanoTime() - start) / 1e6);
            kafka.deleteCluster(b -> b.clusterArn(second));
            ours = Throughput.measure(bootstrap, "throughput", RECORDS, RECORD_BYTES);
        }
        Throughput.Rates plain;
        try (PlainKafkaBroker broker = PlainKafkaBroker.start(java, jar, logs)) {
            plain = Throughput.measure(broker.bootstrap(), "throughput", RECORDS, RECORD_BYTES);
        }
        String records = String.format("%,d × %d B", RECORDS, RECORD_BYTES);
        row(table, "produce " + records + ", emulator's broker (records/s)", ours.producedPerSecond());
        row(table, "produce, plain broker (records/s)", plain.producedPerSecond());
        row(table, "produce, emulator ÷ plain", ours.producedPerSecond() / plain.producedPerSecond());
        row(table, "consume, emulator's broker (records/s)", ours.consumedPerSecond());
        row(table, "consume, plain broker (records/s)", plain.consumedPerSecond());
        row(table, "consume, emulator ÷ plain", ours.consumedPerSecond() / plain.consumedPerSecond());
        System.out.print(table);
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        if (ours.consumed() != RECORDS || plain.consumed() != RECORDS) {
            System.out.printf("records read back: emulator %d, plain %d of %d%n", ours.consumed(), plain.consumed(),
                    RECORDS);
            System.exit(1);
        }
    }

    /** Creates a one-broker plaintext cluster and polls DescribeClusterV2 until it is ACTIVE; returns its ARN. */
    private static String createActiveCluster(KafkaClient kafka, String name) throws InterruptedException {
        String arn = kafka.createCluster(b -> b.clusterName(name).kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                .brokerNodeGroupInfo(g -> g.instanceType("kafka.t3.small").clientSubnets("subnet-1"))
                .encryptionInfo(e -> e.encryptionInTransit(t -> t.clientBroker("PLAINTEXT")))).clusterArn();
        while (kafka.describeClusterV2(b -> b.clusterArn(arn)).clusterInfo().state() != ClusterState.ACTIVE) {
            Thread.sleep(5);
        }
        return arn;
    }

    /** The process's RSS after it idled a while and collected its garbage. */
    private static ProcessSample idleRss(ServerProcess server) throws InterruptedException {
        Thread.sleep(IDLE.toMillis());
        server.collectGarbage();
        return server.sample();
    }

    /** Creates a topic, writes one record and reads it back, as a first user of a new cluster does. */
    private static void firstRecord(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("first", 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("first", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "first", "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("first"));
            while (consumer.poll(Duration.ofMillis(10)).isEmpty()) {
                Thread.onSpinWait();
            }
        }
    }

    private static void row(StringBuilder table, String measure, double value) {
        table.append("| ").append(measure).append(" | ").append(String.format(value < 10 ? "%.2f" : "%,.0f", value))
                .append(" |\n");
    }
}
