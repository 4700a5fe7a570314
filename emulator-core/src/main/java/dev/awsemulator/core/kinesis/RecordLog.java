package dev.awsemulator.core.kinesis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A shard's records, packed for the garbage collector: partition keys and data are appended to large
 * byte chunks, and each record's counter, arrival and place are entries of primitive arrays. Every
 * record stays live for the whole retention period, so millions of small objects per shard (a record,
 * its sequence number, arrival, data and key) made every young collection copy them all; this way a
 * shard is a few dozen arrays. Records are numbered from 0, the oldest kept. Not thread-safe: the
 * shard's monitor guards it.
 */
final class RecordLog {

    private static final int FIRST_CHUNK_BYTES = 4 * 1024;
    /**
     * Below half of G1's smallest region (1 MiB): a larger array is "humongous" and takes whole regions
     * of its own, which left nearly half of each 2 MiB region empty for 1 MiB chunks.
     */
    private static final int MAX_CHUNK_BYTES = 256 * 1024;
    private static final int FIRST_CAPACITY = 16;

    /**
     * Chunks still holding a kept record; the first is number {@code firstChunk} of all ever made (an int
     * lasts for 500 TiB written to one shard).
     */
    private final List<byte[]> chunks = new ArrayList<>();
    private int firstChunk;
    private int chunkUsed;

    /** Slots {@code head} up to {@code end} hold the kept records. */
    private long[] counters = new long[FIRST_CAPACITY];
    private long[] arrivalNanos = new long[FIRST_CAPACITY];
    private int[] chunkNumbers = new int[FIRST_CAPACITY];
    private int[] offsets = new int[FIRST_CAPACITY];
    private int[] keyLengths = new int[FIRST_CAPACITY];
    private int[] dataLengths = new int[FIRST_CAPACITY];
    private int head;
    private int end;

    int size() {
        return end - head;
    }

    boolean isEmpty() {
        return end == head;
    }

    /** The one place a record enters: copies key and data in, so the caller's arrays may be reused. */
    void append(long counter, long arrivalNanos, byte[] key, byte[] data) {
        int bytes = key.length + data.length;
        byte[] chunk = chunkWithRoom(bytes);
        System.arraycopy(key, 0, chunk, chunkUsed, key.length);
        System.arraycopy(data, 0, chunk, chunkUsed + key.length, data.length);
        if (end == counters.length) {
            makeRoom();
        }
        counters[end] = counter;
        this.arrivalNanos[end] = arrivalNanos;
        chunkNumbers[end] = firstChunk + chunks.size() - 1;
        offsets[end] = chunkUsed;
        keyLengths[end] = key.length;
        dataLengths[end] = data.length;
        end++;
        chunkUsed += bytes;
    }

    /** The one place records leave: drops the oldest {@code count} and answers the bytes they held. */
    long dropOldest(int count) {
        long bytes = 0;
        for (int i = head; i < head + count; i++) {
            bytes += keyLengths[i] + (long) dataLengths[i];
        }
        head += count;
        int firstKept = isEmpty() ? firstChunk + chunks.size() - 1 : chunkNumbers[head];
        int unused = firstKept - firstChunk;
        if (unused > 0) {
            chunks.subList(0, unused).clear();
            firstChunk = firstKept;
        }
        return bytes;
    }

    long counter(int i) {
        return counters[head + i];
    }

    long arrivalNanos(int i) {
        return arrivalNanos[head + i];
    }

    /** What counts against the size limits: data plus partition key, as AWS counts. */
    long bytes(int i) {
        return keyLengths[head + i] + (long) dataLengths[head + i];
    }

    byte[] data(int i) {
        int slot = head + i;
        int from = offsets[slot] + keyLengths[slot];
        return Arrays.copyOfRange(chunk(slot), from, from + dataLengths[slot]);
    }

    String partitionKey(int i) {
        int slot = head + i;
        return new String(chunk(slot), offsets[slot], keyLengths[slot], StandardCharsets.UTF_8);
    }

    private byte[] chunk(int slot) {
        return chunks.get(chunkNumbers[slot] - firstChunk);
    }

    /**
     * The chunk the next {@code bytes} go to: the current one while they fit, else a new one, twice
     * as large as the last up to 256 KiB (so a shard with a few records stays small), or as large as
     * one big record needs. A record never spans chunks.
     */
    private byte[] chunkWithRoom(int bytes) {
        byte[] current = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (current != null && current.length - chunkUsed >= bytes) {
            return current;
        }
        int size = current == null ? FIRST_CHUNK_BYTES : Math.min(MAX_CHUNK_BYTES, current.length * 2);
        byte[] chunk = new byte[Math.max(size, bytes)];
        if (current != null && isEmpty()) {
            // Nothing kept lives in the old chunk any more.
            firstChunk += chunks.size();
            chunks.clear();
        }
        chunks.add(chunk);
        chunkUsed = 0;
        return chunk;
    }

    /** Slides the kept records to the front when half the slots were dropped, else doubles the arrays. */
    private void makeRoom() {
        int kept = size();
        int capacity = head >= counters.length / 2 ? counters.length : counters.length * 2;
        counters = moved(counters, capacity);
        arrivalNanos = moved(arrivalNanos, capacity);
        chunkNumbers = moved(chunkNumbers, capacity);
        offsets = moved(offsets, capacity);
        keyLengths = moved(keyLengths, capacity);
        dataLengths = moved(dataLengths, capacity);
        head = 0;
        end = kept;
    }

    private long[] moved(long[] slots, int capacity) {
        long[] out = capacity == slots.length ? slots : new long[capacity];
        System.arraycopy(slots, head, out, 0, end - head);
        return out;
    }

    private int[] moved(int[] slots, int capacity) {
        int[] out = capacity == slots.length ? slots : new int[capacity];
        System.arraycopy(slots, head, out, 0, end - head);
        return out;
    }
}
