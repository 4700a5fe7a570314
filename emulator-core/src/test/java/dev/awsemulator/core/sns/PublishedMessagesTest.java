package dev.awsemulator.core.sns;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The record of what was published: the newest 10,000, oldest first, forgotten by account or all at once. */
class PublishedMessagesTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";
    private static final String OTHER_ACCOUNTS_TOPIC = "arn:aws:sns:us-east-1:111111111111:orders";

    private final PublishedMessages published = new PublishedMessages();

    @Test
    void keepsTheNewestTenThousandOldestFirst() {
        IntStream.range(0, 10_002).forEach(i -> published.record(message("m" + i, TOPIC)));

        List<PublishedMessage> all = published.all();
        assertThat(all).hasSize(10_000);
        assertThat(all.get(0).messageId()).isEqualTo("m2");
        assertThat(all.get(9_999).messageId()).isEqualTo("m10001");
    }

    @Test
    void forgetsOneAccountsMessagesAndThenAll() {
        published.record(message("mine", TOPIC));
        published.record(message("theirs", OTHER_ACCOUNTS_TOPIC));
        published.record(message("mine too", TOPIC));

        published.forgetAccount("000000000000");
        assertThat(published.all()).extracting(PublishedMessage::messageId).containsExactly("theirs");

        published.clear();
        assertThat(published.all()).isEmpty();
    }

    private static PublishedMessage message(String id, String topic) {
        return new PublishedMessage(id, topic, "body", null, Map.of(), Instant.EPOCH, null, null, List.of());
    }
}
