package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.bytebuffer.QpidByteBuffer;
import org.apache.qpid.server.message.EnqueueableMessage;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.store.Event;
import org.apache.qpid.server.store.EventListener;
import org.apache.qpid.server.store.MemoryMessageStore;
import org.apache.qpid.server.store.MessageEnqueueRecord;
import org.apache.qpid.server.store.MessageHandle;
import org.apache.qpid.server.store.MessageMetaDataTypeRegistry;
import org.apache.qpid.server.store.MessageStore;
import org.apache.qpid.server.store.StorableMessageMetaData;
import org.apache.qpid.server.store.StoreException;
import org.apache.qpid.server.store.StoredMessage;
import org.apache.qpid.server.store.Transaction;
import org.apache.qpid.server.store.TransactionLogResource;
import org.apache.qpid.server.store.handler.DistributedTransactionHandler;
import org.apache.qpid.server.store.handler.MessageHandler;
import org.apache.qpid.server.store.handler.MessageInstanceHandler;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Broker-J message store whose persistent messages outlive the process: messages live in a
 * {@link MemoryMessageStore}, and every transaction that enqueues or dequeues one (Broker-J asks the store only
 * for persistent messages on durable queues) is appended to a {@link MessageJournal} and forced to the disk
 * before it commits. Opening replays the journal into memory, renumbering the messages still queued in
 * publication order, and rewrites it with those alone.
 */
final class JournaledMessageStore implements MessageStore {

    private final Path file;
    private final MemoryMessageStore memory = new MemoryMessageStore();
    /** Guarded by {@code this}. */
    private final QueuedNumbers queued = new QueuedNumbers();
    /** The message numbers whose metadata and content the journal holds. */
    private final Set<Long> journaled = ConcurrentHashMap.newKeySet();
    private MessageJournal journal;

    JournaledMessageStore(Path file) {
        this.file = file;
        memory.addMessageDeleteListener(message -> journaled.remove(message.getMessageNumber()));
    }

    @Override
    public synchronized void openMessageStore(ConfiguredObject<?> parent) {
        memory.openMessageStore(parent);
        JournalImage image = MessageJournal.replay(file);
        Map<Long, Long> renumbered = new HashMap<>();
        JournalBatch compacted = new JournalBatch();
        image.queuedMessages().forEach((number, persisted) -> {
            long recovered = recover(persisted);
            renumbered.put(number, recovered);
            journaled.add(recovered);
            compacted.message(recovered, persisted.metaDataType(), persisted.metaData(), persisted.content());
        });
        image.queued().forEach((queue, number) -> {
            Long recovered = renumbered.get(number);
            if (recovered != null) {
                queued.add(queue, recovered);
                compacted.enqueue(queue, recovered);
            }
        });
        journal = MessageJournal.rewrite(file, compacted);
    }

    /** Puts a journaled message back in memory; its number is the one the memory store gives it. */
    private long recover(JournalImage.PersistedMessage persisted) {
        StorableMessageMetaData metaData = MessageMetaDataTypeRegistry.fromOrdinal(persisted.metaDataType())
                .createMetaData(QpidByteBuffer.wrap(persisted.metaData()));
        MessageHandle<StorableMessageMetaData> handle = memory.addMessage(metaData);
        handle.addContent(QpidByteBuffer.wrap(persisted.content()));
        return handle.allContentAdded().getMessageNumber();
    }

    @Override
    public void upgradeStoreStructure() {
        // The journal has one format.
    }

    @Override
    public <T extends StorableMessageMetaData> MessageHandle<T> addMessage(T metaData) {
        return memory.addMessage(metaData);
    }

    @Override
    public long getNextMessageId() {
        return memory.getNextMessageId();
    }

    @Override
    public boolean isPersistent() {
        return true;
    }

    @Override
    public Transaction newTransaction() {
        return new JournalTransaction();
    }

    /** Journals one transaction's enqueues and dequeues, then makes them the store's. */
    private synchronized void commit(List<Enqueued> enqueues, List<MessageEnqueueRecord> dequeues) {
        JournalBatch batch = new JournalBatch();
        Set<Long> written = new HashSet<>();
        for (Enqueued enqueued : enqueues) {
            StoredMessage<?> message = enqueued.message();
            if (!journaled.contains(message.getMessageNumber()) && written.add(message.getMessageNumber())) {
                batch.message(message.getMessageNumber(), message.getMetaData().getType().ordinal(),
                        metaData(message.getMetaData()), content(message));
            }
            batch.enqueue(enqueued.getQueueId(), enqueued.getMessageNumber());
        }
        dequeues.forEach(dequeued -> batch.dequeue(dequeued.getQueueId(), dequeued.getMessageNumber()));
        if (batch.isEmpty()) {
            return;
        }
        journal.append(batch);
        journaled.addAll(written);
        enqueues.forEach(enqueued -> queued.add(enqueued.getQueueId(), enqueued.getMessageNumber()));
        dequeues.forEach(dequeued -> queued.remove(dequeued.getQueueId(), dequeued.getMessageNumber()));
    }

    private static byte[] metaData(StorableMessageMetaData metaData) {
        byte[] bytes = new byte[metaData.getStorableSize()];
        try (QpidByteBuffer buffer = QpidByteBuffer.wrap(bytes)) {
            metaData.writeToBuffer(buffer);
        }
        return bytes;
    }

    private static byte[] content(StoredMessage<?> message) {
        byte[] bytes = new byte[message.getContentSize()];
        try (QpidByteBuffer content = message.getContent(0, bytes.length)) {
            content.copyTo(bytes);
        }
        return bytes;
    }

    @Override
    public synchronized void closeMessageStore() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
        memory.closeMessageStore();
        queued.clear();
        journaled.clear();
    }

    @Override
    public void onDelete(ConfiguredObject<?> parent) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("could not delete the message journal " + file, e);
        }
    }

    @Override
    public String getStoreLocation() {
        return file.toString();
    }

    @Override
    public File getStoreLocationAsFile() {
        return file.toFile();
    }

    @Override
    public void addEventListener(EventListener eventListener, Event... events) {
        // The store raises none of the events (they concern stores that can fill or fail over).
    }

    @Override
    public long getInMemorySize() {
        return memory.getInMemorySize();
    }

    @Override
    public long getBytesEvacuatedFromMemory() {
        return memory.getBytesEvacuatedFromMemory();
    }

    @Override
    public void resetStatistics() {
        memory.resetStatistics();
    }

    @Override
    public void addMessageDeleteListener(MessageDeleteListener listener) {
        memory.addMessageDeleteListener(listener);
    }

    @Override
    public void removeMessageDeleteListener(MessageDeleteListener listener) {
        memory.removeMessageDeleteListener(listener);
    }

    @Override
    public MessageStoreReader newMessageStoreReader() {
        return new JournalReader(memory.newMessageStoreReader());
    }

    /** A message on a queue, as a transaction enqueues it. */
    private record Enqueued(UUID queue, StoredMessage<?> message) implements MessageEnqueueRecord {

        @Override
        public UUID getQueueId() {
            return queue;
        }

        @Override
        public long getMessageNumber() {
            return message.getMessageNumber();
        }
    }

    /** A journaled message on a queue, as recovery finds it. */
    private record Instance(UUID queue, long messageNumber) implements MessageEnqueueRecord {

        @Override
        public UUID getQueueId() {
            return queue;
        }

        @Override
        public long getMessageNumber() {
            return messageNumber;
        }
    }

    private final class JournalTransaction implements Transaction {

        private final List<Enqueued> enqueues = new ArrayList<>();
        private final List<MessageEnqueueRecord> dequeues = new ArrayList<>();

        // Broker-J's interface declares the raw type.
        @SuppressWarnings("rawtypes")
        @Override
        public MessageEnqueueRecord enqueueMessage(TransactionLogResource queue, EnqueueableMessage message) {
            Enqueued enqueued = new Enqueued(queue.getId(), message.getStoredMessage());
            enqueues.add(enqueued);
            return enqueued;
        }

        @Override
        public void dequeueMessage(MessageEnqueueRecord enqueueRecord) {
            dequeues.add(enqueueRecord);
        }

        @Override
        public void commitTran() {
            commit(enqueues, dequeues);
            enqueues.clear();
            dequeues.clear();
        }

        @Override
        public <X> CompletableFuture<X> commitTranAsync(X value) {
            commitTran();
            return CompletableFuture.completedFuture(value);
        }

        @Override
        public void abortTran() {
            enqueues.clear();
            dequeues.clear();
        }

        @Override
        public StoredXidRecord recordXid(long format, byte[] globalId, byte[] branchId, EnqueueRecord[] enqueues,
                                         DequeueRecord[] dequeues) {
            throw new StoreException("AMQP 0-9-1 has no distributed transactions to keep");
        }

        @Override
        public void removeXid(StoredXidRecord record) {
            throw new StoreException("AMQP 0-9-1 has no distributed transactions to keep");
        }
    }

    /** Messages from memory; each queue's journaled messages in publication order, which recovery keeps. */
    private final class JournalReader implements MessageStoreReader {

        private final MessageStoreReader messages;

        JournalReader(MessageStoreReader messages) {
            this.messages = messages;
        }

        @Override
        public void visitMessages(MessageHandler handler) {
            messages.visitMessages(handler);
        }

        @Override
        public void visitMessageInstances(MessageInstanceHandler handler) {
            visit(instances(), handler);
        }

        @Override
        public void visitMessageInstances(TransactionLogResource queue, MessageInstanceHandler handler) {
            visit(instances(queue.getId()), handler);
        }

        /** Hands the instances over in order until the handler asks for no more. */
        private static void visit(List<Instance> instances, MessageInstanceHandler handler) {
            for (Instance instance : instances) {
                if (!handler.handle(instance)) {
                    return;
                }
            }
        }

        @Override
        public void visitDistributedTransactions(DistributedTransactionHandler handler) {
            // AMQP 0-9-1 has none.
        }

        @Override
        public StoredMessage<?> getMessage(long messageId) {
            return messages.getMessage(messageId);
        }

        @Override
        public void close() {
            messages.close();
        }
    }

    /** A copy of every queue's journaled instances, taken under the lock. */
    private synchronized List<Instance> instances() {
        List<Instance> instances = new ArrayList<>();
        queued.forEach((queue, number) -> instances.add(new Instance(queue, number)));
        return instances;
    }

    /** A copy of {@code queue}'s journaled instances, taken under the lock. */
    private synchronized List<Instance> instances(UUID queue) {
        return queued.of(queue).stream().map(number -> new Instance(queue, number)).toList();
    }
}
