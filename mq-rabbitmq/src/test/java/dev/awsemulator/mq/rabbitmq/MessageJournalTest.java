package dev.awsemulator.mq.rabbitmq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's file: what its committed batches leave, a torn last batch, and the rewrite at open. */
class MessageJournalTest {

    private static final UUID ORDERS = UUID.randomUUID();
    private static final UUID AUDIT = UUID.randomUUID();

    @TempDir
    Path directory;

    @Test
    void replayLeavesEachQueuesMessagesInPublicationOrderAndDropsTheDequeuedOnes() {
        Path file = directory.resolve("messages.journal");
        try (MessageJournal journal = MessageJournal.rewrite(file, new JournalBatch())) {
            journal.append(published(2, "second", ORDERS, AUDIT));
            journal.append(published(1, "first", ORDERS));
            JournalBatch acknowledged = new JournalBatch();
            acknowledged.dequeue(AUDIT, 2);
            journal.append(acknowledged);
        }

        JournalImage image = MessageJournal.replay(file);

        assertThat(image.queued().of(ORDERS)).containsExactly(1L, 2L);
        assertThat(image.queued().of(AUDIT)).isEmpty();
        assertThat(image.queuedMessages()).containsOnlyKeys(1L, 2L);
        assertThat(new String(image.queuedMessages().get(2L).content(), StandardCharsets.UTF_8)).isEqualTo("second");
    }

    @Test
    void aBatchCutShortByAKillCountsAsNeverWritten() throws Exception {
        Path file = directory.resolve("messages.journal");
        try (MessageJournal journal = MessageJournal.rewrite(file, published(1, "kept", ORDERS))) {
            journal.append(published(2, "torn", ORDERS));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }

        assertThat(MessageJournal.replay(file).queuedMessages()).containsOnlyKeys(1L);
    }

    @Test
    void aRewriteKeepsOnlyWhatItIsGiven() {
        Path file = directory.resolve("messages.journal");
        try (MessageJournal journal = MessageJournal.rewrite(file, published(1, "old", ORDERS))) {
            journal.append(published(2, "older", AUDIT));
        }
        MessageJournal.rewrite(file, published(7, "compacted", ORDERS)).close();

        JournalImage image = MessageJournal.replay(file);
        assertThat(image.queued().of(ORDERS)).containsExactly(7L);
        assertThat(image.queued().of(AUDIT)).isEmpty();
        assertThat(image.queuedMessages()).containsOnlyKeys(7L);
        assertThat(Files.exists(file.resolveSibling("messages.journal.tmp"))).isFalse();
    }

    @Test
    void noFileIsAnEmptyJournal() {
        assertThat(MessageJournal.replay(directory.resolve("absent")).queuedMessages()).isEmpty();
    }

    private static JournalBatch published(long number, String content, UUID... queues) {
        JournalBatch batch = new JournalBatch();
        batch.message(number, 0, new byte[] {1, 2, 3}, content.getBytes(StandardCharsets.UTF_8));
        for (UUID queue : queues) {
            batch.enqueue(queue, number);
        }
        return batch;
    }
}
