package dev.awsemulator.server.dashboard;

import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecentRequestsTest {

    @Test
    void keepsTheNewestRequestsUpToItsCapacityNewestFirst() {
        ManualClock clock = new ManualClock();
        RecentRequests recent = new RecentRequests(clock, 3);
        Instant start = clock.now();
        for (String operation : new String[] {"CreateQueue", "SendMessage", "ReceiveMessage", "DeleteMessage"}) {
            recent.handled(new HandledRequest("sqs", operation, "json", 200, null, false, "000000000000"));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(recent.newestFirst()).extracting(RecentRequests.Entry::number, entry -> entry.request().operation(),
                RecentRequests.Entry::answeredAt).containsExactly(
                tuple(4L, "DeleteMessage", start.plusSeconds(3)),
                tuple(3L, "ReceiveMessage", start.plusSeconds(2)),
                tuple(2L, "SendMessage", start.plusSeconds(1)));
    }

    @Test
    void startsEmpty() {
        assertThat(new RecentRequests(new ManualClock(), 5).newestFirst()).isEmpty();
    }
}
