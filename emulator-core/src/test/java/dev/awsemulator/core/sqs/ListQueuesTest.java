package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.ListQueuesRequest;
import dev.awsemulator.core.sqs.api.ListQueuesResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.URL_PREFIX;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class ListQueuesTest {

    private final SqsFixture sqs = new SqsFixture();

    ListQueuesTest() {
        for (String name : List.of("orders-eu", "orders-us", "payments", "orders-asia")) {
            sqs.createQueue(name);
        }
    }

    private ListQueuesResult list(String prefix, String nextToken, Integer maxResults) {
        return sqs.sqs.listQueues(CALLER, new ListQueuesRequest(prefix, nextToken, maxResults));
    }

    @Test
    void listsEveryQueueOfTheCallerWithoutToken() {
        ListQueuesResult result = list(null, null, null);

        assertThat(result.queueUrls()).containsExactly(URL_PREFIX + "orders-asia", URL_PREFIX + "orders-eu",
                URL_PREFIX + "orders-us", URL_PREFIX + "payments");
        assertThat(result.nextToken()).isNull();
    }

    @Test
    void prefixFiltersByQueueName() {
        assertThat(list("orders-", null, null).queueUrls()).hasSize(3).allMatch(url -> url.contains("/orders-"));
        assertThat(list("nothing", null, null).queueUrls()).isEmpty();
    }

    @Test
    void maxResultsPagesThroughWithNextToken() {
        List<String> seen = new ArrayList<>();
        ListQueuesResult page = list(null, null, 3);
        seen.addAll(page.queueUrls());
        assertThat(page.queueUrls()).hasSize(3);
        assertThat(page.nextToken()).isNotNull();

        page = list(null, page.nextToken(), 3);
        seen.addAll(page.queueUrls());

        assertThat(page.nextToken()).isNull();
        assertThat(seen).containsExactlyElementsOf(list(null, null, null).queueUrls());
    }

    @Test
    void exactlyFullPageHasNoNextToken() {
        assertThat(list(null, null, 4).nextToken()).isNull();
    }

    @Test
    void maxResultsOutsideOneToThousandIsRejected() {
        assertAwsError(() -> list(null, null, 0), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> list(null, null, 1001), SqsError.INVALID_PARAMETER_VALUE);
    }

    @Test
    void otherRegionsAndAccountsAreNotListed() {
        Caller otherRegion = new Caller("000000000000", "eu-west-1", URI.create("http://localhost:4566"));
        sqs.sqs.createQueue(otherRegion, new CreateQueueRequest("orders-elsewhere", Map.of(), null));

        assertThat(list("orders-else", null, null).queueUrls()).isEmpty();
        assertThat(sqs.sqs.listQueues(otherRegion, new ListQueuesRequest(null, null, null)).queueUrls())
                .containsExactly(URL_PREFIX + "orders-elsewhere");
    }
}
