package dev.awsemulator.server.http;

import io.undertow.UndertowOptions;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import io.undertow.server.protocol.http2.Http2UpgradeHandler;
import io.undertow.util.Cookies;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one port every service answers on: HTTP/1.1, h2c by upgrade and h2c with prior knowledge, as
 * {@code Undertow.builder().addHttpListener(..)} with {@code ENABLE_HTTP2} opens it, with the same
 * options, plus one thing Undertow's builder cannot do: each accepted connection reads through a
 * {@link ClientGoAwayFilter}, so a client's GOAWAY no longer cuts off the streams it is still reading.
 */
public final class HttpListener implements AutoCloseable {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final Parts parts;
    private final AcceptingChannel<StreamConnection> channel;

    private HttpListener(Parts parts, AcceptingChannel<StreamConnection> channel) {
        this.parts = parts;
        this.channel = channel;
    }

    /**
     * Begins making, on a thread of its own, what a listener needs before it binds its port: XNIO's worker
     * with its IO threads, and Undertow's HTTP handling. Loading and setting up those libraries is a large
     * part of a server's start, and this way it overlaps with whatever the caller does meanwhile (a server
     * binds its services). Requests run on the IO threads; the worker's task pool is one thread of the
     * listener's own, made when first used, because nothing is dispatched to it: XNIO's default pool, a
     * jboss-threads executor, registers itself with the JVM's platform MBean server, whose making registers
     * every platform MXBean first (about 100 ms of CPU before the port opens). Undertow's {@code Cookies} is
     * initialised here too (through its one cheap static method, whose name Undertow misspells): reading a
     * request asks it whether to join cookie crumbs, and its initialiser links the process's first string
     * concatenation by invokedynamic (about 10 ms of CPU), which would otherwise delay the first answer on an
     * IO thread. A connection whose request head takes longer than {@code requestParseTimeout} (slowloris),
     * or that carries no request for {@code idleTimeout}, is closed.
     */
    public static Preparation prepare(int ioThreads, Duration requestParseTimeout, Duration idleTimeout) {
        CompletableFuture<Parts> parts = new CompletableFuture<>();
        Thread making = new Thread(() -> {
            try {
                parts.complete(Parts.make(ioThreads, requestParseTimeout, idleTimeout));
            } catch (RuntimeException | Error e) {
                parts.completeExceptionally(e);
            }
        }, "http-listener-preparation");
        making.setDaemon(true);
        making.start();
        return new Preparation(parts, ioThreads);
    }

    /** A listener in the making ({@link #prepare}): bind it, or cancel it to end its threads. */
    public static final class Preparation {

        private final CompletableFuture<Parts> parts;
        private final int ioThreads;

        private Preparation(CompletableFuture<Parts> parts, int ioThreads) {
            this.parts = parts;
            this.ioThreads = ioThreads;
        }

        /**
         * Waits until the listener is made, then binds {@code host:port} (0 picks a free port) and serves
         * {@code handler}.
         */
        public HttpListener bind(String host, int port, HttpHandler handler) {
            Parts made = made();
            made.open().setRootHandler(new Http2UpgradeHandler(handler));
            try {
                return new HttpListener(made, HttpListener.bind(made.worker(), host, port, ioThreads, made.open()));
            } catch (IOException e) {
                made.shutdown();
                throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
            } catch (RuntimeException e) {
                made.shutdown();
                throw e;
            }
        }

        /** Ends the worker's threads, now or as soon as they are made, for a server that will not bind. */
        public void cancel() {
            parts.thenAccept(Parts::shutdown);
        }

        private Parts made() {
            try {
                return parts.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw (Error) e.getCause();
            }
        }
    }

    /** What a listener is made of before it binds. */
    private record Parts(XnioWorker worker, ExecutorService tasks, HttpOpenListener open) {

        static Parts make(int ioThreads, Duration requestParseTimeout, Duration idleTimeout) {
            LibraryLogging.quietStartUpNotices();
            ExecutorService tasks = taskPool();
            try {
                XnioWorker worker = Xnio.getInstance(HttpListener.class.getClassLoader()).createWorkerBuilder()
                        .populateFromOptions(OptionMap.builder()
                                .set(Options.WORKER_IO_THREADS, ioThreads)
                                .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
                                .set(Options.CONNECTION_LOW_WATER, 1_000_000)
                                .set(Options.TCP_NODELAY, true)
                                .set(Options.CORK, true)
                                .getMap())
                        .setExternalExecutorService(tasks)
                        .build();
                HttpOpenListener open = new HttpOpenListener(new DefaultByteBufferPool(true, BUFFER_BYTES, -1, 4),
                        OptionMap.builder()
                                .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) requestParseTimeout.toMillis())
                                .set(UndertowOptions.NO_REQUEST_TIMEOUT, (int) idleTimeout.toMillis())
                                .set(UndertowOptions.ENABLE_HTTP2, true)
                                .getMap());
                Cookies.isCrumbsAssemplyDisabled();
                return new Parts(worker, tasks, open);
            } catch (RuntimeException | Error e) {
                tasks.shutdownNow();
                throw e;
            }
        }

        void shutdown() {
            worker.shutdownNow();
            tasks.shutdownNow();
        }
    }

    /** One daemon thread, started for the first task and ended after a minute without one. */
    private static ExecutorService taskPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "emulator-http-task");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static AcceptingChannel<StreamConnection> bind(XnioWorker worker, String host, int port, int ioThreads,
                                                           HttpOpenListener open) throws IOException {
        ChannelListener<AcceptingChannel<StreamConnection>> accept = server -> {
            StreamConnection connection;
            while ((connection = accept(server)) != null) {
                connection.getSourceChannel().setConduit(
                        new ClientGoAwayFilter(connection.getSourceChannel().getConduit()));
                open.handleEvent(connection);
            }
        };
        AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                new InetSocketAddress(InetAddress.getByName(host), port), accept, OptionMap.builder()
                        .set(Options.WORKER_IO_THREADS, ioThreads)
                        .set(Options.TCP_NODELAY, true)
                        .set(Options.REUSE_ADDRESSES, true)
                        .set(Options.BALANCING_TOKENS, 1)
                        .set(Options.BALANCING_CONNECTIONS, 2)
                        .set(Options.BACKLOG, 1000)
                        .getMap());
        channel.resumeAccepts();
        return channel;
    }

    private static StreamConnection accept(AcceptingChannel<StreamConnection> server) {
        try {
            return server.accept();
        } catch (IOException e) {
            return null;
        }
    }

    /** The address actually bound. */
    public InetSocketAddress address() {
        return channel.getLocalAddress(InetSocketAddress.class);
    }

    /** Closes the port and the open connections. */
    @Override
    public void close() {
        IoUtils.safeClose(channel);
        parts.shutdown();
    }
}
