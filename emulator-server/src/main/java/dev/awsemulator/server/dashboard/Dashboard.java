package dev.awsemulator.server.dashboard;

import dev.awsemulator.core.common.MemoizedSupplier;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A read-only web page on the emulator's port, under {@value #PATH}: a section per {@link DashboardView}
 * of the services served (queues and their messages, topics with their deliveries, streams with their
 * records), and the recent requests. The page is static (HTML, one script, one style sheet); it polls
 * JSON views under {@value #API} and renders them as text nodes, and the Content-Security-Policy lets no
 * script run but that one file, so nothing in a message body can ever execute. That one script is the
 * page's own followed by every section's renderer.
 *
 * <p>Only browser requests are served here: anything that carries an AWS signature, target or action
 * goes on to the AWS handler, whatever its path, and nothing outside {@value #PATH} is claimed.
 */
public final class Dashboard implements HttpHandler {

    public static final String PATH = "/_emulator/dashboard";
    static final String API = PATH + "/api/";

    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String JSON = "application/json; charset=utf-8";

    private record Asset(String contentType, byte[] content) {
    }

    private final HttpHandler next;
    /** The page's files, read from the jar on the first request for one of them rather than at start. */
    private final Supplier<Map<String, Asset>> assets;
    private final Map<String, Supplier<Object>> views;

    /** The services' sections in this order, then the recent requests. */
    public Dashboard(HttpHandler next, List<DashboardView> serviceViews, RecentRequests requests) {
        this.next = next;
        List<DashboardView> sections = new ArrayList<>(serviceViews);
        sections.add(DashboardView.of("requests", Dashboard.class, "requests.js", () -> RequestsView.of(requests)));
        this.assets = new MemoizedSupplier<>(() -> assets(sections));
        Map<String, Supplier<Object>> byPath = new HashMap<>();
        sections.forEach(section -> byPath.put(API + section.name(), section.data()));
        this.views = Map.copyOf(byPath);
    }

    private static Map<String, Asset> assets(List<DashboardView> sections) {
        Asset page = asset("index.html", "text/html; charset=utf-8");
        return Map.of(
                PATH, page,
                PATH + "/", page,
                PATH + "/dashboard.js", new Asset("text/javascript; charset=utf-8", script(sections)),
                PATH + "/dashboard.css", asset("dashboard.css", "text/css; charset=utf-8"),
                PATH + "/favicon.svg", asset("favicon.svg", "image/svg+xml"));
    }

    /** The page's script, then each section's renderer in a block of its own, then the start. */
    private static byte[] script(List<DashboardView> sections) {
        StringBuilder script = new StringBuilder(new String(DashboardView.resource(Dashboard.class, "dashboard.js"),
                StandardCharsets.UTF_8));
        sections.forEach(section -> script.append("\n{\n").append(section.renderer().get()).append("}\n"));
        return script.append("\ndashboard.start();\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (!(path.equals(PATH) || path.startsWith(PATH + "/")) || AwsCalls.isAwsCall(exchange)) {
            next.handleRequest(exchange);
            return;
        }
        Supplier<Object> view = views.get(path);
        if (view != null && exchange.isInIoThread()) {
            // Reading every queue and stream can take a while; AWS calls keep the IO threads.
            exchange.dispatch(this);
            return;
        }
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(new HttpString("Content-Security-Policy"), SECURITY_POLICY);
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        headers.put(new HttpString("Referrer-Policy"), "no-referrer");
        headers.put(Headers.CACHE_CONTROL, "no-store");
        if (!Methods.GET.equals(exchange.getRequestMethod())) {
            headers.put(Headers.ALLOW, Methods.GET_STRING);
            send(exchange, StatusCodes.METHOD_NOT_ALLOWED, "text/plain; charset=utf-8",
                    "The dashboard only reads: use GET.\n".getBytes(StandardCharsets.UTF_8));
        } else if (view != null) {
            send(exchange, StatusCodes.OK, JSON, SafeJson.write(view.get()));
        } else if (assets.get().containsKey(path)) {
            Asset asset = assets.get().get(path);
            send(exchange, StatusCodes.OK, asset.contentType(), asset.content());
        } else {
            send(exchange, StatusCodes.NOT_FOUND, "text/plain; charset=utf-8",
                    ("No such dashboard page; the dashboard is at " + PATH + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpServerExchange exchange, int status, String contentType, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    private static Asset asset(String name, String contentType) {
        return new Asset(contentType, DashboardView.resource(Dashboard.class, name));
    }
}
