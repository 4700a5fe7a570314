package dev.awsemulator.bench.suite;

import dev.awsemulator.junit.AwsEmulatorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.List;

/**
 * The test suite of the embedded run: thirty test classes on the JUnit extension, as a user's suite has them.
 * Each is a class of its own to JUnit and to the extension, so each starts an emulator of its own, on a free
 * port, and stops it after its tests; the annotation, which is inherited, is written once on their common
 * superclass. A class asks ListQueues before its tests (the suite's first answered request is the first of
 * these) and runs {@link SuiteMix}'s test {@value #TESTS_PER_CLASS} times, the extension resetting the
 * emulator before each.
 */
final class EmbeddedSuite {

    static final int TESTS_PER_CLASS = 3;

    /** The classes in the order a run takes them; a shorter run takes the first few. */
    static final List<Class<?>> CLASSES = List.of(
            Class01.class, Class02.class, Class03.class, Class04.class, Class05.class,
            Class06.class, Class07.class, Class08.class, Class09.class, Class10.class,
            Class11.class, Class12.class, Class13.class, Class14.class, Class15.class,
            Class16.class, Class17.class, Class18.class, Class19.class, Class20.class,
            Class21.class, Class22.class, Class23.class, Class24.class, Class25.class,
            Class26.class, Class27.class, Class28.class, Class29.class, Class30.class);

    private EmbeddedSuite() {
    }

    @AwsEmulatorTest
    abstract static class MixTest {

        @BeforeAll
        static void firstRequest(SqsClient sqs) {
            sqs.listQueues();
            EmbeddedSuiteMain.answered();
        }

        @RepeatedTest(TESTS_PER_CLASS)
        void queueTopicAndStream(RepetitionInfo repetition, SqsClient sqs, SnsClient sns, KinesisClient kinesis)
                throws InterruptedException {
            String missing = new SuiteMix(sqs, sns, kinesis).runTest(repetition.getCurrentRepetition());
            if (missing != null) {
                throw new AssertionError(missing);
            }
        }
    }

    static final class Class01 extends MixTest {
    }

    static final class Class02 extends MixTest {
    }

    static final class Class03 extends MixTest {
    }

    static final class Class04 extends MixTest {
    }

    static final class Class05 extends MixTest {
    }

    static final class Class06 extends MixTest {
    }

    static final class Class07 extends MixTest {
    }

    static final class Class08 extends MixTest {
    }

    static final class Class09 extends MixTest {
    }

    static final class Class10 extends MixTest {
    }

    static final class Class11 extends MixTest {
    }

    static final class Class12 extends MixTest {
    }

    static final class Class13 extends MixTest {
    }

    static final class Class14 extends MixTest {
    }

    static final class Class15 extends MixTest {
    }

    static final class Class16 extends MixTest {
    }

    static final class Class17 extends MixTest {
    }

    static final class Class18 extends MixTest {
    }

    static final class Class19 extends MixTest {
    }

    static final class Class20 extends MixTest {
    }

    static final class Class21 extends MixTest {
    }

    static final class Class22 extends MixTest {
    }

    static final class Class23 extends MixTest {
    }

    static final class Class24 extends MixTest {
    }

    static final class Class25 extends MixTest {
    }

    static final class Class26 extends MixTest {
    }

    static final class Class27 extends MixTest {
    }

    static final class Class28 extends MixTest {
    }

    static final class Class29 extends MixTest {
    }

    static final class Class30 extends MixTest {
    }
}
