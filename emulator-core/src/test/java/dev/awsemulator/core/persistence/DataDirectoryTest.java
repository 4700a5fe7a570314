package dev.awsemulator.core.persistence;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.testsupport.Restarts;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files themselves: damaged tails, compaction, concurrent writers, one emulator per directory. */
class DataDirectoryTest {

    @RegisterExtension
    final Restarts restarts = new Restarts();
    @TempDir
    Path root;

    private SqsFixture fixture() {
        return new SqsFixture(restarts.clock(), restarts.emulator().sqs());
    }

    @Test
    void tornJournalTailIsIgnoredAndTheDirectoryStaysUsable() throws IOException {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.send(url, "one");
        f.send(url, "two");
        f.send(url, "torn");
        Path copy = restarts.killedCopy();
        List<Path> journals = Restarts.journals(copy);
        Path journal = journals.get(journals.size() - 1);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 5);
        }

        restarts.restartOn(copy);
        f = fixture();
        assertThat(f.receiveBodies(url)).containsExactly("one", "two");
        f.send(url, "after");

        restarts.killAndRestart();
        f = fixture();
        f.advanceSeconds(30);
        assertThat(f.receiveBodies(url)).containsExactlyInAnyOrder("one", "two", "after");
    }

    private interface Damage {
        void apply(Path copy) throws IOException;
    }

    /** Sends "kept" to a new queue, kills the emulator, damages what it left and restarts on that; the queue's URL. */
    private String keptThroughA(Damage damage) throws IOException {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.send(url, "kept");
        Path copy = restarts.killedCopy();
        damage.apply(copy);
        restarts.restartOn(copy);
        return url;
    }

    @Test
    void garbageAfterTheLastEntryIsIgnored() throws IOException {
        // A frame header promising more bytes than follow, then a frame whose CRC does not match.
        String url = keptThroughA(copy -> Files.write(Restarts.journals(copy).get(0),
                new byte[]{0, 0, 0, 40, 1, 2, 3, 4, 9, 9}, StandardOpenOption.APPEND));

        assertThat(fixture().receiveBodies(url)).containsExactly("kept");
    }

    @Test
    void entryWithAWrongChecksumEndsTheJournal() throws IOException {
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        f.send(url, "kept");
        long sizeBefore = Files.size(restarts.journals().get(0));
        f.send(url, "damaged");
        Path copy = restarts.killedCopy();
        Path journal = copy.resolve(restarts.journals().get(0).getFileName());
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[]{0x55}), sizeBefore + 12);
        }

        restarts.restartOn(copy);

        assertThat(fixture().receiveBodies(url)).containsExactly("kept");
    }

    @Test
    void leftoversOfACompactionCutShortAreIgnored() throws IOException {
        // Killed while writing a snapshot, and just after creating the next journal.
        String url = keptThroughA(copy -> {
            Files.write(copy.resolve("snapshot.tmp"), new byte[]{1, 2, 3});
            Files.createFile(copy.resolve("journal-00000000000000000099"));
        });

        assertThat(fixture().receiveBodies(url)).containsExactly("kept");
        assertThat(restarts.directory().resolve("snapshot.tmp")).doesNotExist();
        assertThat(restarts.journals()).hasSize(1);
    }

    @Test
    void compactionKeepsEverythingAndLeavesOneSmallJournal() {
        restarts.compactingAfter(4096);
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            f.send(url, "m" + i);
            expected.add("m" + i);
        }
        for (int i = 0; i < 50; i++) {
            Message received = f.receiveOne(url);
            f.delete(url, received.receiptHandle());
            expected.remove(received.body());
        }
        restarts.emulator().compact();

        assertThat(restarts.journals()).hasSize(1);
        assertThat(restarts.directory().resolve("snapshot")).exists();

        restarts.killAndRestart();
        f = fixture();
        List<String> bodies = new ArrayList<>();
        for (List<String> batch = f.receiveBodies(url); !batch.isEmpty(); batch = f.receiveBodies(url)) {
            bodies.addAll(batch);
        }
        assertThat(bodies).containsExactlyElementsOf(expected);
    }

    @Test
    void everyAcknowledgedSendSurvivesCompactionsRunningAlongside() throws Exception {
        restarts.compactingAfter(2048);
        SqsFixture f = fixture();
        String url = f.createQueue("q");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> IntStream.range(0, 250)
                        .forEach(i -> acknowledged.add(f.send(url, writer + "-" + i).messageId()))));
            }
            for (int i = 0; i < 10; i++) {
                restarts.emulator().compact();
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        restarts.emulator().compact();

        restarts.killAndRestart();

        SqsFixture after = fixture();
        assertThat(after.counts(url).visible()).isEqualTo(1000);
        assertThat(acknowledged).hasSize(1000);
    }

    @Test
    void aSecondEmulatorCannotOpenADirectoryInUse() {
        assertThatThrownBy(() -> Emulator.builder().dataDirectory(restarts.directory()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another emulator");
    }

    @Test
    void aSnapshotOfAnotherFormatVersionIsRefusedWithAClearMessage() throws IOException {
        Path directory = root.resolve("future");
        Files.createDirectories(directory);
        ByteBuffer header = ByteBuffer.allocate(14).putInt(Frames.MAGIC).put(Frames.SNAPSHOT).put((byte) 9).putLong(1);
        Files.write(directory.resolve("snapshot"), header.array());

        assertThatThrownBy(() -> Emulator.builder().dataDirectory(directory).build())
                .hasMessageContaining("could not read data directory")
                .hasRootCauseMessage(directory.resolve("snapshot") + " has format version 9; this emulator reads version 1");
    }
}
