package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account-per-test seen from outside: a fixture's tests run at the same time on one emulator, each in
 * an account of its own, and afterwards nothing of theirs is left.
 */
class AccountPerTestTest {

    private static final int TESTS = 8;
    private static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS));

    @Test
    void concurrentTestsEachSeeOnlyTheirOwnAccountAndLeaveNothingBehind() {
        AtOnce.accounts.clear();
        AtOnce.leftovers.clear();
        AtOnce.allRunning.reset();

        FixtureRun run = FixtureRun.of(PARALLEL, AtOnce.class);

        assertThat(run.failures()).as("all tests were running at the same time and saw only their own").isEmpty();
        assertThat(run.succeeded()).isEqualTo(TESTS);
        assertThat(AtOnce.accounts).hasSize(TESTS).doesNotHaveDuplicates().doesNotContain(AtOnce.CLASS_ACCOUNT)
                .allSatisfy(account -> assertThat(account).matches("\\d{12}"));
        assertThat(AtOnce.leftovers).as("resources of the tests' accounts after the class").isEmpty();
    }

    @Test
    void virtualTimeIsRefusedForConcurrentTestsNamingTheWayOut() {
        FixtureRun run = FixtureRun.of(PARALLEL, ConcurrentOnVirtualTime.class, SequentialOnVirtualTime.class);

        assertThat(run.failures()).hasSize(2).allSatisfy(failure -> assertThat(failure).contains(
                "Virtual time is one clock for the whole emulator", "@Execution(ExecutionMode.SAME_THREAD)"));
        assertThat(run.succeeded()).as("the same settings, one test at a time").isEqualTo(2);
    }

    // ---- fixtures: static nested classes, which surefire does not run by itself ----

    @Execution(ExecutionMode.CONCURRENT)
    static class AtOnce {
        static final String CLASS_ACCOUNT = "123456789012";
        static final List<String> accounts = new CopyOnWriteArrayList<>();
        static final List<String> leftovers = new CopyOnWriteArrayList<>();
        static final CyclicBarrier allRunning = new CyclicBarrier(TESTS);

        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
                .accountPerTest()
                .account(CLASS_ACCOUNT)
                .queue("orders").topic("events").stream("clicks")
                .subscribe("events", "orders", Map.of("RawMessageDelivery", "true"))
                .build();

        @BeforeAll
        static void classScopeGetsTheClassAccount(AwsEmulator classHandle) {
            assertThat(classHandle.accountId()).isEqualTo(CLASS_ACCOUNT);
        }

        @RepeatedTest(TESTS)
        void sendsAndReceivesOnTheSameNamesAsEveryOtherTest(AwsEmulator mine, SqsClient sqs, SnsClient sns,
                                                            KinesisClient kinesis) throws Exception {
            String account = mine.accountId();
            accounts.add(account);
            assertThat(aws.accountId()).as("the field on the test's thread").isEqualTo(account);
            assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
            assertThat(sns.listTopics().topics()).singleElement()
                    .satisfies(topic -> assertThat(topic.topicArn()).isEqualTo(mine.topicArn("events")));

            sqs.createQueue(b -> b.queueName("scratch"));
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("scratch")).messageBody(account));
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("orders")).messageBody(account));
            sns.publish(b -> b.topicArn(aws.topicArn("events")).message(account));
            kinesis.putRecord(b -> b.streamName("clicks").partitionKey("k").data(SdkBytes.fromUtf8String(account)));
            allRunning.await(30, TimeUnit.SECONDS); // every test has sent before any receives

            assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("orders")).maxNumberOfMessages(10))
                    .messages()).extracting(Message::body).containsExactly(account, account);
            assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("scratch")).maxNumberOfMessages(10))
                    .messages()).extracting(Message::body).containsExactly(account);
            assertThat(mine.inspect().streamRecords("clicks").values()).singleElement().satisfies(records ->
                    assertThat(records).extracting(record -> new String(record.data(), StandardCharsets.UTF_8))
                            .containsExactly(account));
            assertThat(mine.inspect().publishedMessages()).singleElement()
                    .satisfies(published -> assertThat(published.message()).isEqualTo(account));
            assertThat(mine.inspect().requests()).extracting(AnsweredRequest::operation).containsExactly("ListQueues",
                    "ListTopics", "CreateQueue", "SendMessage", "SendMessage", "Publish", "PutRecord", "ReceiveMessage",
                    "ReceiveMessage");
            assertThat(mine.inspect().requests()).extracting(AnsweredRequest::accountId).containsOnly(account);
        }

        /** Asks, as each test's account, what is left of it; the class's own account still holds its resources. */
        @AfterAll
        static void lookForLeftovers(SqsClient sqs, SnsClient sns, KinesisClient kinesis) {
            assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
            assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("orders"))).messages()).isEmpty();
            for (String account : accounts) {
                AwsRequestOverrideConfiguration as = AwsRequestOverrideConfiguration.builder()
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "s")))
                        .build();
                sqs.listQueues(b -> b.overrideConfiguration(as)).queueUrls().forEach(leftovers::add);
                sns.listTopics(b -> b.overrideConfiguration(as)).topics()
                        .forEach(topic -> leftovers.add(topic.topicArn()));
                kinesis.listStreams(b -> b.overrideConfiguration(as)).streamNames()
                        .forEach(stream -> leftovers.add(account + " stream " + stream));
            }
        }
    }

    @AwsEmulatorTest(accountPerTest = true, virtualTime = true, queues = "orders")
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentOnVirtualTime {
        @Test
        void one(SqsClient sqs) {
            sqs.listQueues();
        }

        @Test
        void two(SqsClient sqs) {
            sqs.listQueues();
        }
    }

    @AwsEmulatorTest(accountPerTest = true, virtualTime = true, queues = "orders")
    @Execution(ExecutionMode.SAME_THREAD)
    static class SequentialOnVirtualTime {
        @Test
        void one(AwsEmulator aws, SqsClient sqs) {
            assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
        }

        @Test
        void two(AwsEmulator aws, SqsClient sqs) {
            assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
        }
    }
}
