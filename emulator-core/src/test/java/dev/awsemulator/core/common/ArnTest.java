package dev.awsemulator.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ArnTest {

    @Test
    void readsTheFiveFieldsAndKeepsColonsAndSlashesInTheResource() {
        assertThat(Arn.parse("arn:aws:kinesis:eu-west-1:123456789012:stream/clicks/consumer/app:1700000000"))
                .isEqualTo(new Arn("aws", "kinesis", "eu-west-1", "123456789012",
                        "stream/clicks/consumer/app:1700000000"));
        assertThat(Arn.parse("arn:aws:sns:us-east-1:123456789012:orders:0b6e3f0c").resource())
                .isEqualTo("orders:0b6e3f0c");
    }

    @Test
    void regionAndAccountMayBeEmptyAsInIam() {
        Arn root = new Arn("aws", "iam", "", "123456789012", "root");

        assertThat(root.toString()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThat(Arn.parse(root.toString())).isEqualTo(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+15555550100", "orders", "arn:aws:sqs:us-east-1:123456789012",
        "arn:aws:sqs:us-east-1:123456789012:", "arn::sqs:us-east-1:123456789012:q", "arn:aws::us-east-1:1:q",
        "urn:aws:sqs:us-east-1:123456789012:q"})
    void textWithoutTheSixFieldsOfAnArnIsNone(String text) {
        assertThat(Arn.parse(text)).isNull();
    }

    @Test
    void nullIsNone() {
        assertThat(Arn.parse(null)).isNull();
    }

    @Test
    void aServicesParseRefusesAnotherServicesArn() {
        assertThat(Arn.parse("arn:aws:sns:us-east-1:123456789012:orders", "sqs")).isNull();
        assertThat(Arn.parse("arn:aws:sqs:us-east-1:123456789012:orders", "sqs").resource()).isEqualTo("orders");
    }

    @Test
    void callersArnIsInItsPartitionRegionAndAccount() {
        Caller caller = new Caller("123456789012", "cn-north-1", URI.create("http://localhost:4566"));

        assertThat(Arn.of(caller, "sqs", "orders").toString())
                .isEqualTo("arn:aws-cn:sqs:cn-north-1:123456789012:orders");
    }

    @Test
    void withResourceKeepsEverythingElse() {
        Arn application = Arn.parse("arn:aws:sns:us-east-1:123456789012:app/GCM/mobile");

        assertThat(application.withResource("endpoint/GCM/mobile/1").toString())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:endpoint/GCM/mobile/1");
    }
}
