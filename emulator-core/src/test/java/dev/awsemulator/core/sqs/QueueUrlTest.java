package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class QueueUrlTest {

    private static final Caller CALLER = new Caller("000000000000", "eu-west-1", URI.create("http://localhost:4566"));

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:4566/123456789012/orders",
        "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", "http://localhost:4566/123456789012/orders/", "http://localhost:4566/prefix/123456789012/orders//",
        " http://localhost:4566/123456789012/orders ", "123456789012/orders", "/123456789012/orders",
        "http://localhost:4566/123456789012/ord%65rs", "http://localhost:4566/123456789012/orders?Action=x#top",
        "HTTP://localhost:4566/123456789012/orders", "http://user@localhost:4566/123456789012/orders"})
    void readsTheLastTwoSegmentsOfAnyUrlStyle(String url) {
        assertThat(QueueUrl.parse(CALLER, url)).isEqualTo(new QueueRef("aws", "eu-west-1", "123456789012", "orders"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orders", "/orders", "http://localhost:4566/orders",
        "http://localhost:4566/12345/orders", "http://localhost:4566/1234567890ab/orders",
        "http://localhost:4566/123456789012//orders", "http://local host/x", "http://localhost:4566/", "mailto:someone"})
    void urlsWithoutAnAccountAndANameNameNoQueue(String url) {
        assertThat(QueueUrl.parse(CALLER, url)).isNull();
    }

    @Test
    void madeFromTheEndpointWithoutItsTrailingSlashes() {
        assertThat(QueueUrl.of(URI.create("http://localhost:4566//"), "123456789012", "orders"))
                .isEqualTo("http://localhost:4566/123456789012/orders");
        assertThat(QueueUrl.parse(CALLER, QueueUrl.of(CALLER.endpoint(), "123456789012", "orders")))
                .isEqualTo(new QueueRef("aws", "eu-west-1", "123456789012", "orders"));
    }
}
