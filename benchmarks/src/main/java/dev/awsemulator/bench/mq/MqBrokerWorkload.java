package dev.awsemulator.bench.mq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.client.SdkClients;
import dev.awsemulator.bench.peer.PlainActiveMqServer;
import dev.awsemulator.bench.server.FreePort;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.apache.activemq.ActiveMQConnectionFactory;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;
import software.amazon.awssdk.services.mq.model.DeploymentMode;
import software.amazon.awssdk.services.mq.model.EngineType;
import software.amazon.awssdk.services.mq.model.User;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Amazon MQ: CreateBroker over HTTP until DescribeBroker says RUNNING, and until the first JMS message
 * went through the broker and back (OpenWire, a user created with the broker); then JMS throughput
 * through that broker against a plain embedded ActiveMQ started the same way in its own JVM, measured
 * alike (one producer and one consumer connection, non-persistent 256-byte text messages, every message
 * received in order).
 */
public final class MqBrokerWorkload implements Workload {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-1";
    private static final String BODY = "x".repeat(256);
    private static final long RECEIVE_TIMEOUT_MS = 30_000;

    private final BenchSettings settings;

    public MqBrokerWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "mq-broker";
    }

    @Override
    public String title() {
        return "Amazon MQ: CreateBroker (ActiveMQ) to RUNNING and to the first JMS round trip; then "
                + settings.jmsMessages() + " JMS messages (256 B, non-persistent) through it, one producer and "
                + "one consumer over OpenWire, against a plain embedded ActiveMQ " + PlainActiveMqServer.version()
                + " in its own JVM";
    }

    @Override
    public Service service() {
        return Service.MQ;
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             MqClient mq = SdkClients.configure(MqClient.builder(), server.endpoint())
                     .httpClientBuilder(SdkClients.blockingHttp(1)).build()) {
            // The plaintext endpoint's look-up is this benchmark's own step (a user reads the TLS endpoints
            // from DescribeBroker), so its client's and JSON reader's classes are loaded before the clock
            // starts, the client's by the health check, which serves no Amazon MQ call.
            ObjectMapper json = new ObjectMapper();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            http.send(HttpRequest.newBuilder(server.endpoint().resolve("/_emulator/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            long created = System.nanoTime();
            String id = mq.createBroker(b -> b.brokerName("bench").engineType(EngineType.ACTIVEMQ)
                    .deploymentMode(DeploymentMode.SINGLE_INSTANCE).hostInstanceType("mq.m5.large")
                    .publiclyAccessible(false).autoMinorVersionUpgrade(true)
                    .users(User.builder().username(USER).password(PASSWORD).build())).brokerId();
            BrokerState state = mq.describeBroker(b -> b.brokerId(id)).brokerState();
            while (state == BrokerState.CREATION_IN_PROGRESS) {
                state = mq.describeBroker(b -> b.brokerId(id)).brokerState();
            }
            double runningMs = (System.nanoTime() - created) / 1e6;
            if (state != BrokerState.RUNNING) {
                return Measurement.failed(name(), context.target().name(), "the broker is " + state);
            }
            ActiveMQConnectionFactory ours = new ActiveMQConnectionFactory(openWire(http, json, server.endpoint()));
            JmsFlow.roundTrip(ours, USER, PASSWORD, BODY, RECEIVE_TIMEOUT_MS);
            double firstRoundTripMs = (System.nanoTime() - created) / 1e6;

            JmsFlow.Result through = JmsFlow.run(ours, USER, PASSWORD, BODY, settings.jmsMessages(),
                    RECEIVE_TIMEOUT_MS);
            JmsFlow.Result plain = plainActiveMq(context.logDir());

            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            values.put(Metric.MQ_RUNNING_MS, runningMs);
            values.put(Metric.MQ_FIRST_ROUND_TRIP_MS, firstRoundTripMs);
            values.put(Metric.THROUGHPUT, through.perSecond());
            values.put(Metric.PLAIN_ACTIVEMQ_THROUGHPUT, plain.perSecond());
            values.put(Metric.RATIO_TO_PLAIN_ACTIVEMQ, through.perSecond() / plain.perSecond());
            Check check = Check.of(through.inOrder() == settings.jmsMessages() && plain.inOrder() == settings.jmsMessages(),
                    "%d of %d messages received in order through the emulator's broker, %d through plain ActiveMQ",
                    through.inOrder(), settings.jmsMessages(), plain.inOrder());
            return new Measurement(name(), context.target().name(), values, check);
        }
    }

    /**
     * The broker's plaintext OpenWire twin, from the dashboard's JSON (DescribeBroker lists the TLS endpoints).
     * {@code http} speaks HTTP/1.1, as the SDK's calls do: the JDK client's default, HTTP/2 by upgrade, made
     * the server load its HTTP/2 classes in the measured window, which no AWS client asks of it.
     */
    private static String openWire(HttpClient http, ObjectMapper json, URI emulator)
            throws IOException, InterruptedException {
        JsonNode body = json.readTree(http.send(HttpRequest.newBuilder(
                emulator.resolve("/_emulator/dashboard/api/brokers")).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode endpoint : body.path("brokers").path(0).path("endpoints")) {
            if (endpoint.path("protocol").asText().equals("OPENWIRE")) {
                return endpoint.path("plaintext").asText();
            }
        }
        throw new IllegalStateException("no OpenWire endpoint in " + body);
    }

    /** The same flow through a plain ActiveMQ in its own JVM, stopped afterwards. */
    private JmsFlow.Result plainActiveMq(Path logDir) throws Exception {
        int port = FreePort.find();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PlainActiveMqServer.class.getName(),
                Integer.toString(port), USER, PASSWORD)
                .redirectError(logDir.resolve("plain-activemq-" + port + ".log").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = out.readLine();
            if (banner == null) {
                throw new IllegalStateException("plain ActiveMQ exited with " + process.waitFor());
            }
            ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
            JmsFlow.roundTrip(plain, USER, PASSWORD, BODY, RECEIVE_TIMEOUT_MS);
            return JmsFlow.run(plain, USER, PASSWORD, BODY, settings.jmsMessages(), RECEIVE_TIMEOUT_MS);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
