package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The Date header in HTTP's IMF-fixdate form, on every answer, once. */
class DateHeaderHandlerTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    /** The form written with the JDK's locale-aware formatter, which the handler avoids for its start-up cost. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    @Test
    void formatsRfc9110sExample() {
        assertThat(DateHeaderHandler.format(784_111_777L)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void formatsEverySecondAsTheJdksFormatterDoes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(0, 4_102_444_800L);
            assertThat(DateHeaderHandler.format(second)).isEqualTo(IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
        }
    }

    @Test
    void answersAndErrorsCarryOneDateOfNow() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[][] calls = {{"ListQueues", "{}", "200"}, {"GetQueueUrl", "{\"QueueName\":\"absent\"}", "400"}};
        for (String[] call : calls) {
            Instant before = Instant.now().minusSeconds(1);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(aws.endpoint())
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AmazonSQS." + call[0])
                    .POST(HttpRequest.BodyPublishers.ofString(call[1])).build(),
                    HttpResponse.BodyHandlers.ofString());
            Instant after = Instant.now().plusSeconds(1);

            assertThat(response.statusCode()).isEqualTo(Integer.parseInt(call[2]));
            assertThat(response.headers().allValues("Date")).hasSize(1);
            Instant date = ZonedDateTime.parse(response.headers().firstValue("Date").orElseThrow(), IMF_FIXDATE)
                    .toInstant();
            assertThat(date).isBetween(before, after);
        }
    }
}
