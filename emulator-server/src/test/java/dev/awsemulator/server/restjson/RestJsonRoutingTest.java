package dev.awsemulator.server.restjson;

import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.testsupport.CredentialScopes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How REST requests find their operation beside the other protocols: method and path, the signing
 * scope's service where paths collide, AWS's answers for paths and methods no operation has, and
 * the JSON, CBOR and Query routes as they were.
 */
class RestJsonRoutingTest {

    /** A second service with one of the MSK paths, told apart only by the scope. */
    public record TwinResult(String answeredBy) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static RestJsonServer server;

    @BeforeAll
    static void start() {
        server = RestJsonServer.start(ServiceDefinition.builder("twin").wireNames(WireNames.lowerCamel())
                .operations(Operation.of("ListClusters", FakeKafka.ListClustersRequest.class,
                        (caller, input) -> new TwinResult("twin")).at(HttpBinding.get("/v1/clusters")))
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theScopesServicePicksAmongServicesWithTheSamePath() throws Exception {
        HttpResponse<String> twin = send(signedFor("twin", HttpRequest.newBuilder(uri("/v1/clusters"))).GET());
        HttpResponse<String> kafka = send(signedFor("kafka", HttpRequest.newBuilder(uri("/v1/clusters"))).GET());

        assertThat(twin.statusCode()).isEqualTo(200);
        assertThat(twin.body()).isEqualTo("{\"answeredBy\":\"twin\"}");
        assertThat(kafka.statusCode()).isEqualTo(200);
        assertThat(kafka.body()).isEqualTo("{}");
    }

    @Test
    void anUnsignedRequestIsRoutedByItsPathWhenOnlyOneServiceHasIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions/absent")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"message\":\"Function not found: "
                + "arn:aws:lambda:us-east-1:000000000000:function:absent\"}");
    }

    @Test
    void aPathNoOperationHasIsAnUnknownOperationNotFound() throws Exception {
        HttpResponse<String> response = send(signedFor("kafka", HttpRequest.newBuilder(uri("/v1/nothing/here"))).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(response.body()).isEqualTo("{\"message\":\"No operation of kafka is GET /v1/nothing/here.\"}");
        assertThat(server.journal()).last().isEqualTo(new HandledRequest("kafka", "GET /v1/nothing/here", "rest-json",
                404, "UnknownOperationException", true, "000000000000"));
    }

    @Test
    void aKnownPathWithAnotherMethodIsMethodNotAllowed() throws Exception {
        HttpResponse<String> response = send(signedFor("kafka", HttpRequest.newBuilder(uri("/v1/clusters")))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MethodNotAllowedException");
    }

    @Test
    void aBodyThatIsNotJsonOrHasAMemberOfTheWrongTypeIsASerializationErrorAndCreatesNothing() throws Exception {
        for (String body : new String[] {"{\"clusterName\": ", "[1]", "{\"clusterName\":\"c\",\"numberOfBrokerNodes\":\"many\"}"}) {
            HttpResponse<String> response = send(signedFor("kafka", HttpRequest.newBuilder(uri("/v1/clusters")))
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        }
        try (KafkaClient kafka = server.configure(KafkaClient.builder()).build()) {
            assertThat(kafka.listClusters(b -> b.clusterNameFilter("c")).clusterInfoList()).isEmpty();
        }
    }

    @Test
    void theOtherProtocolsRouteAsBeforeOnTheSameServer() throws Exception {
        try (SqsClient sqs = server.configure(SqsClient.builder()).build();
             SnsClient sns = server.configure(SnsClient.builder()).build();
             KinesisClient kinesis = server.configure(KinesisClient.builder()).build()) {
            String queue = sqs.createQueue(b -> b.queueName("beside-rest")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody("still json"));
            String topic = sns.createTopic(b -> b.name("beside-rest")).topicArn();
            kinesis.createStream(b -> b.streamName("beside-rest").shardCount(1));

            assertThat(sqs.receiveMessage(b -> b.queueUrl(queue)).messages()).singleElement()
                    .satisfies(message -> assertThat(message.body()).isEqualTo("still json"));
            assertThat(sns.listTopics().topics()).singleElement()
                    .satisfies(listed -> assertThat(listed.topicArn()).isEqualTo(topic));
            assertThat(kinesis.listStreams().streamNames()).containsExactly("beside-rest");
        }
        HttpResponse<String> query = send(HttpRequest.newBuilder(uri("/?Action=ListQueues")).GET());
        HttpResponse<String> noAction = send(signedFor("sqs", HttpRequest.newBuilder(uri("/"))).GET());

        assertThat(query.body()).startsWith("<ListQueuesResponse").contains("beside-rest");
        assertThat(noAction.statusCode()).isEqualTo(400);
        assertThat(noAction.body()).contains("<Code>MissingAction</Code>");
        assertThat(server.journal()).filteredOn(request -> request.service().equals("kinesis"))
                .extracting(HandledRequest::protocol).containsAnyOf("cbor", "json").doesNotContain("rest-json");
        assertThat(server.journal()).extracting(HandledRequest::protocol).contains("json", "query");
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(server.endpoint() + pathAndQuery);
    }

    /** A request whose SigV4 scope names {@code service}: signatures are not checked, the scope routes. */
    private static HttpRequest.Builder signedFor(String service, HttpRequest.Builder request) {
        return request.header("Authorization", CredentialScopes.authorization("test", service));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
