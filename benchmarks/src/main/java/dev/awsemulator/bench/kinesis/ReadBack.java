package dev.awsemulator.bench.kinesis;

import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The "nothing lost, order kept" check of the Kinesis writes: reads every shard back and finds, per
 * writer, records missing, read twice, never acknowledged, or out of the order the writer sent them
 * in within their shard.
 */
final class ReadBack {

    private final RecordLedger ledger;
    private final BitSet[] seen;
    private long read;
    private long duplicates;
    private long unexpected;
    private long outOfOrder;

    private ReadBack(RecordLedger ledger) {
        this.ledger = ledger;
        this.seen = new BitSet[ledger.writers()];
        Arrays.setAll(seen, writer -> new BitSet());
    }

    /** Reads the ledger's stream back and describes what it found; passes when all is in order. */
    static Verdict verify(KinesisClient kinesis, String stream, RecordLedger ledger) {
        ReadBack check = new ReadBack(ledger);
        for (String shardId : ShardReader.shardIds(kinesis, stream)) {
            long[] last = new long[ledger.writers()];
            Arrays.fill(last, -1);
            check.read += ShardReader.readAll(kinesis, stream, shardId, record -> check.visit(record, last), null);
        }
        return check.verdict();
    }

    private void visit(Record record, long[] last) {
        RecordData data = RecordData.decode(record.data());
        int writer = data.writer();
        if (writer < 0 || writer >= seen.length || data.count() >= ledger.acknowledged(writer)) {
            unexpected++;
            return;
        }
        if (data.count() <= last[writer]) {
            outOfOrder++;
        }
        last[writer] = data.count();
        if (seen[writer].get((int) data.count())) {
            duplicates++;
        }
        seen[writer].set((int) data.count());
    }

    private Verdict verdict() {
        long missing = 0;
        for (int writer = 0; writer < seen.length; writer++) {
            missing += ledger.acknowledged(writer) - seen[writer].cardinality();
        }
        boolean ok = missing == 0 && duplicates == 0 && unexpected == 0 && outOfOrder == 0;
        return new Verdict(ok, String.format("%d acknowledged, %d read back, %d missing, %d duplicates, "
                + "%d never acknowledged, %d out of writer order", ledger.records(), read, missing, duplicates,
                unexpected, outOfOrder));
    }

    record Verdict(boolean passed, String detail) {
    }
}
