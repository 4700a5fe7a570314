package dev.awsemulator.core.kinesis;

import java.util.List;

/** How a stream's records are encrypted at rest: not at all, or with a KMS key. */
enum EncryptionType {
    NONE, KMS;

    /** The wire values, in the order AWS's validation message lists them. */
    static final List<String> NAMES = List.of(NONE.name(), KMS.name());
}
