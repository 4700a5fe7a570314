package dev.awsemulator.bench.peer;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ as a standalone process: {@code java -cp <benchmarks classpath> ...ElasticMqServer PORT}.
 * Its embeddable REST server with default settings, except two that the large long-poll workload
 * (10,000 connections) needs: Pekko HTTP stops accepting past 1,024 connections, and its accept
 * backlog of 100 overflows into connection resets while 1,000 connections a second arrive on a busy
 * machine; it gets 1,024 like Undertow's default of 1,000. SIGTERM ends the JVM without a graceful
 * stop, which would wait for open long polls.
 */
public final class ElasticMqServer {

    private ElasticMqServer() {
    }

    /** The version on the classpath, from its jar's manifest (the root POM manages it). */
    public static String version() {
        return SQSRestServerBuilder.class.getPackage().getImplementationVersion();
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        System.setProperty("pekko.http.server.max-connections", "20000");
        System.setProperty("pekko.http.server.backlog", "1024");
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .start();
        server.waitUntilStarted();
        System.out.println("ElasticMQ " + version() + " listening on 127.0.0.1:" + port);
    }
}
