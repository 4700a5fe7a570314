import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step after packaging (a JDK source-file program: {@code java ClassArchiveTraining.java JAR ARCHIVE
 * AOT_CACHE}): runs the packaged server once with {@code -XX:ArchiveClassesAtExit}, asks it what clients ask
 * first in each protocol, stops it, and so leaves a class data sharing archive of the classes a start and its
 * first answers load. No broker starts: the brokers' classes come from jars of their own when the first broker
 * starts (see the server's BrokerLibraries), and kept out of the archive, which the JVM maps and relocates
 * whole at every start, they cost only the runs that start one.
 * Started with {@code -XX:SharedArchiveFile} naming it, the JVM maps those classes instead of reading, parsing
 * and verifying them from the jar: about half of the CPU work before the first answer. The JVM uses the
 * archive only with the same JDK and the same jar file; otherwise it loads classes as usual.
 *
 * <p>On JDK 25 and later a second run writes the ahead-of-time cache ({@code -XX:AOTCacheOutput}), which
 * holds the classes already linked and the JDK's method profiles of the run besides: the launcher prefers it
 * on those JDKs. Older JDKs have no one-step cache and write the archive only.
 *
 * <p>A JDK that cannot write archives leaves none, and the build goes on; a server that does not answer
 * fails the build.
 */
public final class ClassArchiveTraining {

    private static final Pattern BANNER = Pattern.compile("listening on (http://\\S+)");
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/%s/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0";

    private ClassArchiveTraining() {
    }

    /** The first JDK whose JVM writes an ahead-of-time cache in one run. */
    private static final int ONE_STEP_AOT_CACHE = 25;

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path aotCache = Path.of(args[2]).toAbsolutePath();
        train(jar, archive, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off,cds+dynamic=off"),
                "class data sharing archive");
        Files.deleteIfExists(aotCache);
        if (Runtime.version().feature() >= ONE_STEP_AOT_CACHE) {
            train(jar, aotCache, List.of("-XX:AOTCacheOutput=" + aotCache, "-Xlog:aot=off,cds=off"),
                    "ahead-of-time cache");
        }
    }

    /** One training run of the server with {@code options}, which make its JVM write {@code output} at exit. */
    private static void train(Path jar, Path output, List<String> options, String kind)
            throws IOException, InterruptedException {
        Files.deleteIfExists(output);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        // The absolute jar path is recorded in the archive, so that it serves every working directory.
        command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder serverOutput = new StringBuilder();
        try {
            URI endpoint = awaitBanner(server, serverOutput);
            askFirstQuestions(endpoint);
        } finally {
            // A signal only: Process.destroy() would also close the pipes the JVM still writes to as it exits.
            server.toHandle().destroy();
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (Files.isRegularFile(output)) {
            System.out.println(kind + ": " + output);
        } else {
            System.out.println("this JDK wrote no " + kind + "; the server starts without one:\n" + serverOutput);
        }
    }

    private static URI awaitBanner(Process server, StringBuilder output) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            output.append(line).append('\n');
            Matcher banner = BANNER.matcher(line);
            if (banner.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(rest -> { }), "training-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(banner.group(1) + "/");
            }
        }
        throw new IllegalStateException("the server exited before listening:\n" + output);
    }

    /** Each protocol's usual first calls: SQS over JSON and Query, SNS over Query, Kinesis over JSON and CBOR. */
    private static void askFirstQuestions(URI endpoint) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String queueUrl = endpoint + "000000000000/training";
        List<HttpRequest> requests = List.of(
                json(endpoint, "sqs", "1.0", "AmazonSQS.ListQueues", "{}"),
                json(endpoint, "sqs", "1.0", "AmazonSQS.CreateQueue", "{\"QueueName\":\"training\"}"),
                json(endpoint, "sqs", "1.0", "AmazonSQS.SendMessage",
                        "{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":\"hello\"}"),
                json(endpoint, "sqs", "1.0", "AmazonSQS.ReceiveMessage", "{\"QueueUrl\":\"" + queueUrl + "\"}"),
                query(endpoint, "sqs", "Action=ListQueues&Version=2012-11-05"),
                query(endpoint, "sns", "Action=ListTopics&Version=2010-03-31"),
                query(endpoint, "sns", "Action=CreateTopic&Name=training&Version=2010-03-31"),
                json(endpoint, "kinesis", "1.1", "Kinesis_20131202.ListStreams", "{}"),
                request(endpoint, "kinesis").header("Content-Type", "application/x-amz-cbor-1.1")
                        .header("X-Amz-Target", "Kinesis_20131202.ListStreams")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xA0})).build(),
                HttpRequest.newBuilder(endpoint.resolve("/_emulator/health")).build());
        for (HttpRequest request : requests) {
            send(client, request);
        }
    }

    private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.headers().firstValue("X-Amz-Target").orElse(request.uri()
                    .toString()) + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpRequest json(URI endpoint, String service, String version, String target, String body) {
        return request(endpoint, service).header("Content-Type", "application/x-amz-json-" + version)
                .header("X-Amz-Target", target).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest query(URI endpoint, String service, String form) {
        return request(endpoint, service).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpRequest.Builder request(URI endpoint, String service) {
        return HttpRequest.newBuilder(endpoint).header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", String.format(AUTHORIZATION, service));
    }
}
