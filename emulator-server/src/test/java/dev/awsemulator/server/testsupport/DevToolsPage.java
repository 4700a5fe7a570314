package dev.awsemulator.server.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * One page in a headless chromium, driven over the DevTools protocol (a WebSocket and JSON, so no
 * WebDriver and no browser-specific jar): evaluate JavaScript in the page and wait for conditions,
 * while the test changes the emulator's state in between.
 */
public final class DevToolsPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    private DevToolsPage(Process browser, URI pageSocket) {
        this.browser = browser;
        this.socket = HTTP.newWebSocketBuilder().buildAsync(pageSocket, new Replies()).join();
    }

    /**
     * Runs {@code browser} (chromium and its flags) on {@code url}, the page of its first tab, and
     * connects to that tab; chromium tells the port it chose in its profile directory.
     */
    static DevToolsPage open(List<String> browserCommand, Path profile, URI url) {
        List<String> command = new ArrayList<>(browserCommand);
        command.add("--remote-debugging-port=0");
        command.add(url.toString());
        Process browser = null;
        try {
            browser = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolveSibling("chromium-devtools.log").toFile()).start();
            int port = port(profile.resolve("DevToolsActivePort"), browser);
            DevToolsPage page = new DevToolsPage(browser, pageSocket(port, url));
            page.awaitLoaded();
            return page;
        } catch (IOException | RuntimeException | InterruptedException | AssertionError e) {
            if (browser != null) {
                browser.destroyForcibly();
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("could not drive chromium on " + url, e);
        }
    }

    /**
     * Waits for the tab to finish loading its page: until then an evaluation may land in the blank
     * page chromium starts with, and fail as that page goes away.
     */
    private void awaitLoaded() throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (evaluate("document.readyState === 'complete' && location.protocol.startsWith('http')").asBoolean()) {
                    return;
                }
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the page did not finish loading");
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression in the page (a promise is awaited); a missing node for undefined. */
    public JsonNode evaluate(String expression) {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw on " + expression + ": " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Waits until {@code condition} (a JavaScript expression) is true in the page, checking again at
     * every change of the DOM; fails after a minute naming {@code what}.
     */
    public void awaitTrue(String condition, String what) {
        String waiting = """
                new Promise((resolve) => {
                  const met = () => Boolean(%s);
                  if (met()) { resolve(true); return; }
                  const observer = new MutationObserver(() => {
                    if (met()) { observer.disconnect(); resolve(true); }
                  });
                  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
                })""".formatted(condition);
        try {
            evaluate(waiting);
        } catch (AssertionError e) {
            throw new AssertionError("the page never showed " + what, e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        // Chromium's helper processes outlive the browser process for a moment and still write to the
        // profile directory, which the test's temporary directory then cannot delete: end them all.
        List<ProcessHandle> helpers = browser.descendants().toList();
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroyForcibly();
                helper.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a chromium helper process did not end", e);
        }
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode answer = reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + " failed: " + answer.path("error"));
            }
            return answer.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(method + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during " + method, e);
        } finally {
            replies.remove(id);
        }
    }

    /** Chromium writes the port it chose, for {@code --remote-debugging-port=0}, into the profile. */
    private static int port(Path activePort, Process browser) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!Files.exists(activePort) || Files.readString(activePort).lines().findFirst().isEmpty()) {
            if (!browser.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("chromium did not open its DevTools port");
            }
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(activePort).lines().findFirst().orElseThrow().trim());
    }

    /** The WebSocket of the tab showing {@code url}, from the DevTools HTTP listing. */
    private static URI pageSocket(int port, URI url) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpResponse<String> listing = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode page = StreamSupport.stream(JSON.readTree(listing.body()).spliterator(), false)
                    .filter(target -> target.path("type").asText().equals("page")
                            && target.path("url").asText().startsWith(url.toString()))
                    .findFirst().orElse(null);
            if (page != null) {
                return URI.create(page.path("webSocketDebuggerUrl").asText());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("chromium shows no tab for " + url + ": " + listing.body());
            }
            Thread.sleep(50);
        }
    }

    /** Collects a message's frames and hands each reply to whoever waits for its id; events are ignored. */
    private final class Replies implements WebSocket.Listener {

        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(frames.toString());
                    CompletableFuture<JsonNode> reply = message.has("id") ? replies.get(message.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    replies.values().forEach(reply -> reply.completeExceptionally(e));
                }
                frames.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
