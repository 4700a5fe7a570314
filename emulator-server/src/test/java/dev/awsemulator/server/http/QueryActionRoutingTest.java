package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.CredentialScopes;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query requests name an action, which SQS and SNS may both have (AddPermission): the credential scope's
 * service takes it, else a service the request names a resource of (SQS's queue URL, in the parameters or as
 * the path), else the first service that has it. Unsigned requests are what curl and scripts send.
 */
class QueryActionRoutingTest {

    private static final String SQS_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";
    private static final String SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anUnsignedActionOfOneServiceReachesIt() throws Exception {
        String queueUrl = aws.sqs().createQueue(b -> b.queueName("listed")).queueUrl();
        String topicArn = aws.sns().createTopic(b -> b.name("listed")).topicArn();

        HttpResponse<String> queues = post("/", null, "Action=ListQueues");
        HttpResponse<String> topics = post("/", null, "Action=ListTopics");

        assertThat(queues.statusCode()).isEqualTo(200);
        assertThat(queues.body()).contains("<ListQueuesResponse xmlns=\"" + SQS_NAMESPACE + "\">", queueUrl);
        assertThat(topics.statusCode()).isEqualTo(200);
        assertThat(topics.body()).contains("<ListTopicsResponse xmlns=\"" + SNS_NAMESPACE + "\">", topicArn);
    }

    @Test
    void anActionOfBothServicesGoesToTheScopesServiceElseToTheOneWhoseResourceItNames() throws Exception {
        String queueUrl = aws.sqs().createQueue(b -> b.queueName("shared-action")).queueUrl();
        String topicArn = aws.sns().createTopic(b -> b.name("shared-action")).topicArn();

        HttpResponse<String> byQueueUrl = post("/", null, "Action=AddPermission&QueueUrl=" + encoded(queueUrl)
                + "&Label=by-url&AWSAccountId.1=111122223333&ActionName.1=SendMessage");
        HttpResponse<String> byPath = post(URI.create(queueUrl).getPath(), null,
                "Action=AddPermission&Label=by-path&AWSAccountId.1=111122223333&ActionName.1=SendMessage");
        HttpResponse<String> byScope = post("/", "sns", "Action=AddPermission&TopicArn=" + encoded(topicArn)
                + "&Label=by-scope&AWSAccountId.member.1=111122223333&ActionName.member.1=Publish");

        assertThat(byQueueUrl.body()).contains("<AddPermissionResponse xmlns=\"" + SQS_NAMESPACE + "\">");
        assertThat(byPath.body()).contains("<AddPermissionResponse xmlns=\"" + SQS_NAMESPACE + "\">");
        assertThat(byScope.body()).contains("<AddPermissionResponse xmlns=\"" + SNS_NAMESPACE + "\">");
        assertThat(aws.sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings("Policy"))
                .attributesAsStrings().get("Policy")).contains("\"Sid\":\"by-url\"", "\"Sid\":\"by-path\"");
        assertThat(aws.sns().getTopicAttributes(b -> b.topicArn(topicArn)).attributes().get("Policy"))
                .contains("\"Sid\":\"by-scope\"");
    }

    /** A form POST to {@code path}, signed for {@code service}'s credential scope when it is not null. */
    private HttpResponse<String> post(String path, String service, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(aws.endpoint().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (service != null) {
            request.header("Authorization", CredentialScopes.authorization("test", service));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
