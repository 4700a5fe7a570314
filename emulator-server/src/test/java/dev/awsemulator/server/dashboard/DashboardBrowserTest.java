package dev.awsemulator.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.testsupport.DevToolsPage;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import dev.awsemulator.server.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard in a real browser (Debian's chromium, headless): it loads, lists queues with their
 * messages, follows changes by itself, and runs no script from a message body.
 */
class DashboardBrowserTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "<title>AWS emulator dashboard</title>";

    @Test
    void showsAQueueWithItsMessagesAndAScriptInABodyAsPlainText(@TempDir Path work) {
        HeadlessChromium chromium = HeadlessChromium.require(work);
        String queue = aws.sqs().createQueue(b -> b.queueName("browser-orders")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("hello from the SDK"));
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(DashboardApiTest.SCRIPT_BODY));

        String dom = chromium.dumpDom(aws.server().dashboard());

        assertThat(dom).contains(TITLE, ">browser-orders<", ">hello from the SDK<", ">2 visible<")
                .contains(">" + asHtmlText(DashboardApiTest.SCRIPT_BODY) + "<")
                .doesNotContain("owned</title>", "<img");
        assertThat(count(dom, "<script")).as("only the dashboard's own script").isEqualTo(1);
        assertThat(count(dom, "<title>")).isEqualTo(1);
    }

    @Test
    void refreshesItselfPausesWhenAskedAndRunsNoInlineScript(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(work);
        String queue = aws.sqs().createQueue(b -> b.queueName("live-orders")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("first order"));

        try (DevToolsPage page = chromium.open(aws.server().dashboard())) {
            page.awaitTrue(bodyShown("first order"), "the message sent before the page opened");
            aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("second order"));
            page.awaitTrue(bodyShown("second order"), "a message sent while the page was open");

            page.evaluate("document.getElementById('pause').click()");
            assertThat(page.evaluate("document.getElementById('status').textContent").asText()).isEqualTo("Paused");
            aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(DashboardApiTest.SCRIPT_BODY));
            page.evaluate("document.getElementById('pause').click()");
            page.awaitTrue(bodyShown(DashboardApiTest.SCRIPT_BODY), "the script body, as text, once resumed");

            assertThat(page.evaluate("document.title").asText()).isEqualTo("AWS emulator dashboard");
            assertThat(page.evaluate("document.images.length + document.scripts.length").asInt())
                    .as("no image and no script but the dashboard's own").isEqualTo(1);
            assertThat(page.evaluate("""
                    (() => {
                      const inline = document.createElement('script');
                      inline.textContent = 'window.inlineScriptRan = true;';
                      document.body.append(inline);
                      return window.inlineScriptRan === true;
                    })()""").asBoolean()).as("the Content-Security-Policy stops inline scripts").isFalse();
        }
    }

    @Test
    void narrowsTheViewToOneAccountAndRegion(@TempDir Path work) {
        HeadlessChromium chromium = HeadlessChromium.require(work);
        aws.sqs().createQueue(b -> b.queueName("here"));
        aws.server().emulator().sqs().createQueue(new Caller("123456789012", "eu-west-1", aws.endpoint()),
                new CreateQueueRequest("over-there", null, null));
        String queueNames = "[...document.querySelectorAll('#queues .name')].map((name) => name.textContent).join()";

        try (DevToolsPage page = chromium.open(aws.server().dashboard())) {
            page.awaitTrue(queueNames + " === 'over-there,here'", "the queues of both accounts");
            assertThat(page.evaluate("[...document.getElementById('scope').options].map((o) => o.value).join()")
                    .asText()).isEqualTo(",000000000000 us-east-1,123456789012 eu-west-1");

            page.evaluate("""
                    const scope = document.getElementById('scope');
                    scope.value = '123456789012 eu-west-1';
                    scope.dispatchEvent(new Event('change'));""");

            assertThat(page.evaluate(queueNames).asText()).isEqualTo("over-there");
        }
    }

    @Test
    void theFaultsTabListsTheRulesAndTheRequestsNameTheRuleThatFailedACall(@TempDir Path work) {
        HeadlessChromium chromium = HeadlessChromium.require(work);
        aws.sqs().createQueue(b -> b.queueName("faulted"));
        String rule = aws.faults().add(Fault.on("sqs", "ListQueues").fail("InvalidSecurity")).id();
        assertThatThrownBy(() -> aws.sqs().listQueues()).isInstanceOf(SqsException.class);

        String dom = chromium.dumpDom(aws.server().dashboard());

        assertThat(dom).contains(">Fault rules ", ">fail with InvalidSecurity<", ">ListQueues<", ">every call<")
                .containsPattern(">InvalidSecurity</td><td class=\"mono\">" + rule + "<");
    }

    /** True once a message body in the page reads exactly {@code body}, as one text node. */
    private static String bodyShown(String body) throws JsonProcessingException {
        return "[...document.querySelectorAll('#queues pre')].some((pre) => pre.textContent === "
                + JSON.writeValueAsString(body) + ")";
    }

    /** How a text node with this content is serialised: the markup characters escaped, nothing else. */
    private static String asHtmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
