package dev.awsemulator.core.sqs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIndexTest {

    private static QueuedMessage message(UUID id) {
        return new QueuedMessage(id, "body", Map.of(), Map.of(), 0, "sender", null, null, null);
    }

    /** Adds and removes at random against a HashMap: probe runs wrap, grow and close their gaps on removal. */
    @Test
    void findsExactlyWhatWasAddedAndNotRemoved() {
        Random random = new Random(42);
        MessageIndex index = new MessageIndex();
        Map<String, QueuedMessage> expected = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            if (ids.isEmpty() || random.nextInt(3) > 0) {
                QueuedMessage message = message(new UUID(random.nextLong(), random.nextLong()));
                index.add(message);
                expected.put(message.messageId(), message);
                ids.add(message.messageId());
            } else {
                String id = ids.remove(random.nextInt(ids.size()));
                index.remove(expected.remove(id));
                assertThat(index.get(id)).isNull();
            }
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((id, message) -> assertThat(index.get(id)).isSameAs(message));
        assertThat(index).containsExactlyInAnyOrderElementsOf(expected.values());
    }

    @Test
    void textThatIsNotOneOfItsMessageIdsFindsNothing() {
        MessageIndex index = new MessageIndex();
        QueuedMessage message = message(UUID.randomUUID());
        index.add(message);

        assertThat(index.get(UUID.randomUUID().toString())).isNull();
        assertThat(index.get("not-a-message-id")).isNull();
        assertThat(index.get("1-1-1-1-1")).isNull();
        assertThat(index.get(message.messageId().replace('-', 'x'))).isNull();
        assertThat(index.get(message.messageId())).isSameAs(message);
    }

    @Test
    void addingTheSameMessageTwiceKeepsOneAndClearEmpties() {
        MessageIndex index = new MessageIndex();
        QueuedMessage message = message(UUID.randomUUID());
        index.add(message);
        index.add(message);
        assertThat(index.size()).isEqualTo(1);

        index.clear();

        assertThat(index.size()).isZero();
        assertThat(index.get(message.messageId())).isNull();
        assertThat(index).isEmpty();
    }
}
