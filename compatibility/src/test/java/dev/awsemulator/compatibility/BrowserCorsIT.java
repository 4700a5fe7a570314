package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.DevToolsPage;
import dev.awsemulator.server.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS SDK for JavaScript v3 in a real browser (headless chromium) on a page of another origin: the
 * page is served by this test on {@code localhost}, the emulator answers on {@code 127.0.0.1}, so every
 * call is a cross-origin request that the browser lets through only if the emulator's CORS headers allow
 * it. The SDK comes from npm (the lock file) and is bundled for the browser with esbuild.
 */
class BrowserCorsIT {

    private static final String BUNDLE = "browser-bundle.js";

    @Test
    void jsSdkInABrowserSendsReceivesPublishesAndPutsRecords(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(work);
        Path project = NodeProject.install();
        ExternalCommand.run(project, List.of(project.resolve("node_modules/.bin/esbuild").toAbsolutePath().toString(),
                "browser.mjs",
                "--bundle", "--platform=browser", "--format=iife", "--global-name=emulatorPage",
                "--outfile=" + BUNDLE, "--log-level=warning"));
        byte[] bundle = Files.readAllBytes(project.resolve(BUNDLE));
        byte[] page = ("<!doctype html><html><head><title>page</title><script src=\"/" + BUNDLE
                + "\"></script></head><body>web page</body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer pages = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        pages.createContext("/", exchange -> serve(exchange, exchange.getRequestURI().getPath().endsWith(BUNDLE)
                ? bundle : page, exchange.getRequestURI().getPath().endsWith(BUNDLE) ? "text/javascript" : "text/html"));
        pages.start();
        try (DevServerProcess emulator = DevServerProcess.start();
             DevToolsPage browser = chromium.open(URI.create("http://localhost:" + pages.getAddress().getPort() + "/"))) {
            browser.awaitTrue("window.emulatorPage", "the bundled SDK");
            String endpoint = "http://127.0.0.1:" + emulator.endpoint().getPort();

            JsonNode observed = browser.evaluate("emulatorPage.run('" + endpoint + "')");

            assertThat(observed.get("queueUrl").asText()).isEqualTo(endpoint + "/000000000000/from-the-browser");
            assertThat(observed.get("sentMessageId").asText()).isNotEmpty();
            assertThat(observed.get("sendRequestId").asText()).as("x-amzn-RequestId is exposed").isNotEmpty();
            assertThat(observed.get("received").toString()).isEqualTo("[\"hello from a web page\"]");
            assertThat(observed.get("publishedMessageId").asText()).isNotEmpty();
            assertThat(observed.get("shardId").asText()).isEqualTo("shardId-000000000000");
            assertThat(observed.get("sequenceNumber").asText()).isNotEmpty();
            assertThat(observed.get("refused").get("name").asText()).isEqualTo("QueueDoesNotExist");
            assertThat(observed.get("refused").get("status").asInt()).isEqualTo(400);
            assertThat(observed.get("refused").get("requestId").asText()).isNotEmpty();
        } finally {
            pages.stop(0);
        }
    }

    private static void serve(HttpExchange exchange, byte[] body, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
