package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.workload.Workload;

/** A workload on SQS: runs against every target that serves SQS. */
interface SqsWorkload extends Workload {

    @Override
    default Service service() {
        return Service.SQS;
    }
}
