package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.workload.Workload;

/** A workload on Kinesis: runs against every target that serves Kinesis. */
interface KinesisWorkload extends Workload {

    /** Records per PutRecords call, as the issue asks: 500 records of 100 bytes. */
    int BATCH = 500;

    @Override
    default Service service() {
        return Service.KINESIS;
    }
}
