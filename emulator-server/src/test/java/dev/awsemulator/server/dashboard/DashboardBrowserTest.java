package dev.awsemulator.server.dashboard;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import dev.awsemulator.server.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in a real browser: it loads, lists queues with their messages, and runs no script from a body. */
class DashboardBrowserTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

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
