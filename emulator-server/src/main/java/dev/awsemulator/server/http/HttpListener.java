package dev.awsemulator.server.http;

import io.undertow.UndertowOptions;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import io.undertow.server.protocol.http2.Http2UpgradeHandler;
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

    private final XnioWorker worker;
    private final ExecutorService tasks;
    private final AcceptingChannel<StreamConnection> channel;

    private HttpListener(XnioWorker worker, ExecutorService tasks, AcceptingChannel<StreamConnection> channel) {
        this.worker = worker;
        this.tasks = tasks;
        this.channel = channel;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and serves {@code handler}. Requests run on the
     * IO threads; the worker's task pool is one thread of the listener's own, made when first used, because
     * nothing is dispatched to it: XNIO's default pool, a jboss-threads executor, registers itself with the
     * JVM's platform MBean server, whose making registers every platform MXBean first (about 100 ms of CPU
     * before the port opens). A connection whose request head takes longer than {@code requestParseTimeout}
     * (slowloris), or that carries no request for {@code idleTimeout}, is closed.
     */
    public static HttpListener start(String host, int port, int ioThreads, Duration requestParseTimeout,
                                     Duration idleTimeout, HttpHandler handler) {
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
            open.setRootHandler(new Http2UpgradeHandler(handler));
            try {
                return new HttpListener(worker, tasks, bind(worker, host, port, ioThreads, open));
            } catch (IOException | RuntimeException e) {
                worker.shutdownNow();
                throw e;
            }
        } catch (IOException e) {
            tasks.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        } catch (RuntimeException e) {
            tasks.shutdownNow();
            throw e;
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
        worker.shutdownNow();
        tasks.shutdownNow();
    }
}
