package dev.awsemulator.server.dashboard;

import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar serves the dashboard: its page, script, style sheet and icon are in it, and the
 * page shows what was put in. (The in-process tests prove the views against the SDK; this one
 * proves the jar, so plain Query requests make its queue.)
 */
class DashboardIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theJarServesTheDashboardWithWhatWasPutThere(@TempDir Path work) throws Exception {
        // Closed in finally rather than by try-with-resources: its close() may throw InterruptedException.
        DevServerProcess server = DevServerProcess.start();
        try {
            get(server.endpoint() + "/?Action=CreateQueue&QueueName=from-the-jar");
            get(server.endpoint() + "/000000000000/from-the-jar?Action=SendMessage&MessageBody=sent%20to%20the%20jar");
            String dashboard = server.endpoint() + "/_emulator/dashboard";
            for (String asset : new String[] {"", "/dashboard.js", "/dashboard.css", "/favicon.svg"}) {
                get(dashboard + asset);
            }

            String dom = HeadlessChromium.require(work).dumpDom(URI.create(dashboard));

            assertThat(dom).contains(">from-the-jar<", ">sent to the jar<");
        } finally {
            server.close();
        }
    }

    private static void get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
    }
}
