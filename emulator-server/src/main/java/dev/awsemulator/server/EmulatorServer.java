package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.http.DocumentHandler;
import dev.awsemulator.server.http.RequestListener;
import dev.awsemulator.server.http.RootHandler;
import dev.awsemulator.server.kinesis.KinesisApi;
import dev.awsemulator.server.sns.JdkHttpDelivery;
import dev.awsemulator.server.sns.SnsApi;
import dev.awsemulator.server.sqs.SqsApi;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The emulator on one HTTP port for every service: HTTP/1.1, and HTTP/2 over cleartext (prior
 * knowledge, as the SDK's async clients speak it) on the same listener.
 *
 * <pre>{@code
 * try (EmulatorServer server = EmulatorServer.builder().port(0).start()) {
 *     SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint()) ... .build();
 * }
 * }</pre>
 */
public final class EmulatorServer implements AutoCloseable {

    /** AWS's own limit for SQS (1 MiB message plus batch framing) with room for Query encoding overhead. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    private final Emulator emulator;
    private final boolean ownsEmulator;
    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final String host;

    private EmulatorServer(Builder builder) {
        this.ownsEmulator = builder.emulator == null;
        this.emulator = ownsEmulator ? Emulator.builder().httpDelivery(new JdkHttpDelivery()).build() : builder.emulator;
        this.host = builder.host;
        RootHandler root = new RootHandler(List.of(SqsApi.definition(emulator.sqs()), SnsApi.definition(emulator.sns()),
                KinesisApi.definition(emulator.kinesis())), builder.region, builder.maxRequestBytes,
                builder.requestListener);
        root.prepareCodecsInBackground();
        DocumentHandler documents = new DocumentHandler(root)
                .serve(emulator.sns().signingCertificatePath(), "application/x-x509-ca-cert",
                        emulator.sns()::signingCertificatePem);
        this.graceful = new GracefulShutdownHandler(documents);
        this.undertow = Undertow.builder()
                .setServerOption(UndertowOptions.ENABLE_HTTP2, true)
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                // Requests never leave the IO threads, so the worker pool only needs to exist.
                .setWorkerThreads(1)
                .addHttpListener(builder.port, builder.host)
                .setHandler(graceful)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private EmulatorServer begin() {
        undertow.start();
        return this;
    }

    /** The port actually bound; with port 0, the one the system chose. */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The URL to give SDK clients as {@code endpointOverride}. */
    public URI endpoint() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port());
    }

    public Emulator emulator() {
        return emulator;
    }

    /**
     * Stops taking requests, ends waiting long polls with empty answers, lets requests in progress
     * finish (up to five seconds) and closes the port.
     */
    @Override
    public void close() {
        graceful.shutdown();
        emulator.reset();
        try {
            graceful.awaitShutdown(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        if (ownsEmulator) {
            emulator.close();
        }
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 4566;
        private String region = Caller.DEFAULT_REGION;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Emulator emulator;
        private RequestListener requestListener = RequestListener.NONE;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port; read it back with {@link EmulatorServer#port()}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The region of requests that carry no credential scope. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Serves this emulator (the caller closes it); by default the server makes and owns one. Give
         * it {@code httpDelivery(new JdkHttpDelivery())} for SNS to reach HTTP subscribers.
         */
        public Builder emulator(Emulator emulator) {
            this.emulator = emulator;
            return this;
        }

        /** Told about every answered request (a journal for tests); called on IO threads, so keep it quick. */
        public Builder requestListener(RequestListener requestListener) {
            this.requestListener = requestListener;
            return this;
        }

        public EmulatorServer start() {
            return new EmulatorServer(this).begin();
        }
    }
}
