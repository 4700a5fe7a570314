package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.sns.SnsModule;
import dev.awsemulator.server.testsupport.CredentialScopes;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.sns.model.Tag;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint of every SNS operation's input, broken one at a time over Query (the only protocol SNS
 * speaks), as the model the server checks against states them: each request is refused with SNS's
 * ValidationError, HTTP 400, and AWS's aggregated message (a sensitive member's value left out), before the
 * service looks anything up, and nothing the account holds changes. Every value is text in a Query form, so
 * wrong types are not probed here. Raw HTTP, since the SDK would refuse some of these requests itself.
 */
class SnsModelProbeTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, JsonNode> SAMPLES = Map.of(
            "PhoneNumberString", NODES.textNode("+15555550100"),
            "OTPCode", NODES.textNode("12345"));
    /** The Query names of a map's entries where the model renames them; otherwise {@code key} and {@code value}. */
    private static final Map<String, List<String>> ENTRY_NAMES = Map.of("MessageAttributeMap", List.of("Name", "Value"));
    /** The members the generator leaves to the service: the ARNs SNS reads itself. */
    private static final Set<String> SERVICE_CHECKED_ARNS = Set.of("TopicArn", "SubscriptionArn",
            "PlatformApplicationArn", "EndpointArn");
    /** The credential scope names SNS: AddPermission and RemovePermission are SQS actions too. */
    private static final String AUTHORIZATION = CredentialScopes.authorization(EmulatorServerExtension.ACCOUNT, "sns");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String topicArn;
    private static String applicationArn;

    /** Made in the test itself: the extension empties the server before each test method. */
    private static void aTopicWithASubscriptionTagsAMessageAndAnApplication() {
        topicArn = aws.sns().createTopic(b -> b.name("probed").tags(Tag.builder().key("team").value("probes").build()))
                .topicArn();
        String queueUrl = aws.sqs().createQueue(b -> b.queueName("probes")).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topicArn).protocol("sqs")
                .endpoint("arn:aws:sqs:us-east-1:" + EmulatorServerExtension.ACCOUNT + ":probes"));
        aws.sns().publish(b -> b.topicArn(topicArn).message("kept"));
        aws.sqs().purgeQueue(b -> b.queueUrl(queueUrl));
        applicationArn = aws.sns().createPlatformApplication(b -> b.name("probed").platform("GCM")
                .attributes(Map.of("PlatformCredential", "key"))).platformApplicationArn();
        aws.sns().createPlatformEndpoint(b -> b.platformApplicationArn(applicationArn).token("device"));
        aws.sns().createSMSSandboxPhoneNumber(b -> b.phoneNumber("+15555550199"));
    }

    @TestFactory
    Stream<DynamicNode> everyConstraintOfEveryOperationOverQuery() {
        aTopicWithASubscriptionTagsAMessageAndAnApplication();
        InputModel model = InputModel.read(SnsModule.class, "input-constraints.txt");
        return model.operations().stream().sorted().map(operation -> {
            List<DynamicNode> tests = new ArrayList<>();
            String[] before = new String[1];
            tests.add(DynamicTest.dynamicTest("state before", () -> before[0] = state()));
            Probes.of(model, SAMPLES, operation, "ValidationError", SnsModelProbeTest::validationError).stream()
                    .filter(probe -> !probe.code().equals("SerializationException"))
                    .forEach(probe -> tests.add(DynamicTest.dynamicTest(probe.name(),
                            () -> assertRefused(model, operation, probe))));
            tests.add(DynamicTest.dynamicTest("nothing changed", () -> assertThat(state()).isEqualTo(before[0])));
            return DynamicContainer.dynamicContainer(operation, tests);
        });
    }

    /**
     * A request without the ARN of the topic, subscription, platform application or endpoint it names, which
     * SNS reads itself, is its InvalidParameter naming the member, as recorded on AWS for Unsubscribe; Publish
     * names both members it may take.
     */
    @TestFactory
    Stream<DynamicNode> everyMissingResourceArnIsTheServicesInvalidParameter() {
        aTopicWithASubscriptionTagsAMessageAndAnApplication();
        InputModel model = InputModel.read(SnsModule.class, "input-constraints.txt");
        return model.operations().stream().sorted().flatMap(operation -> model.input(operation).members().stream()
                .map(Shape.Member::name).filter(SERVICE_CHECKED_ARNS::contains)
                .map(member -> DynamicTest.dynamicTest(operation + " without " + member, () -> {
                    String before = state();
                    String parameter = operation.equals("Publish") ? "TopicArn or TargetArn" : member;
                    assertRefused(model, operation, new Probes.Probe(member + " missing",
                            Probes.accepted(model, SAMPLES, operation), "InvalidParameter",
                            "Invalid parameter: " + parameter + " Reason: no value for required parameter"));
                    assertThat(state()).isEqualTo(before);
                })));
    }

    /** A missing member the model check requires: "Value null at 'attributes' failed to satisfy ...". */
    private static Probes.Refusal validationError(String path) {
        return new Probes.Refusal("ValidationError",
                "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }

    private static void assertRefused(InputModel model, String operation, Probes.Probe probe) throws Exception {
        String form = form(model, operation, probe.body());
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).as(form).isEqualTo(400);
        Document error = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()));
        assertThat(error.getElementsByTagName("Code").item(0).getTextContent()).as(form).isEqualTo(probe.code());
        assertThat(error.getElementsByTagName("Type").item(0).getTextContent()).as(form).isEqualTo("Sender");
        String message = error.getElementsByTagName("Message").item(0).getTextContent();
        if (probe.code().equals("ValidationError")) {
            assertThat(message).as(form).matches("(1 validation error|\\d+ validation errors) detected: Value .*");
        }
        assertThat(message).as(form).contains(probe.sentence());
        List<HandledRequest> journal = aws.requests();
        assertThat(journal.get(journal.size() - 1)).extracting(HandledRequest::operation, HandledRequest::status,
                HandledRequest::errorCode).containsExactly(operation, 400, probe.code());
    }

    /** The body as SNS's Query form: lists wrapped in {@code member}, maps in {@code entry}, blobs in base64. */
    private static String form(InputModel model, String operation, JsonNode body) {
        StringBuilder form = new StringBuilder("Action=" + operation + "&Version=2010-03-31");
        write(model, form, "", model.input(operation), body);
        return form.toString();
    }

    private static void write(InputModel model, StringBuilder form, String key, Shape shape, JsonNode value) {
        switch (shape.kind()) {
            case STRUCTURE -> value.properties().forEach(member -> write(model, form,
                    (key.isEmpty() ? "" : key + ".") + member.getKey(), model.shape(shape.members().stream()
                            .filter(m -> m.name().equals(member.getKey())).findFirst().orElseThrow().shape()),
                    member.getValue()));
            case LIST -> {
                for (int i = 0; i < value.size(); i++) {
                    write(model, form, key + ".member." + (i + 1), model.shape(shape.element()), value.get(i));
                }
            }
            case MAP -> {
                List<String> names = ENTRY_NAMES.getOrDefault(shape.name(), List.of("key", "value"));
                int[] index = {0};
                value.properties().forEach(entry -> {
                    String prefix = key + ".entry." + ++index[0] + ".";
                    form.append('&').append(prefix).append(names.get(0)).append('=').append(encoded(entry.getKey()));
                    write(model, form, prefix + names.get(1), model.shape(shape.value()), entry.getValue());
                });
            }
            case BLOB -> form.append('&').append(key).append('=').append(encoded(Base64.getEncoder()
                    .encodeToString(binary(value))));
            default -> form.append('&').append(key).append('=').append(encoded(value.asText()));
        }
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new IllegalStateException("a blob's sample holds bytes", e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * What the account holds: topics with their attributes, tags and subscriptions, published messages, platform
     * applications and endpoints, SMS attributes, sandbox and opted-out phone numbers.
     */
    private static String state() {
        return aws.sns().listTopics().topics() + "\n"
                + aws.sns().getTopicAttributes(b -> b.topicArn(topicArn)).attributes() + "\n"
                + aws.sns().listTagsForResource(b -> b.resourceArn(topicArn)).tags() + "\n"
                + aws.sns().listSubscriptions().subscriptions() + "\n"
                + aws.server().emulator().sns().publishedMessages().size() + "\n"
                + aws.sns().listPlatformApplications().platformApplications() + "\n"
                + aws.sns().listEndpointsByPlatformApplication(b -> b.platformApplicationArn(applicationArn))
                .endpoints() + "\n"
                + aws.sns().getSMSAttributes(b -> { }).attributes() + "\n"
                + aws.sns().listSMSSandboxPhoneNumbers(b -> { }).phoneNumbers() + "\n"
                + aws.sns().listPhoneNumbersOptedOut(b -> { }).phoneNumbers();
    }
}
