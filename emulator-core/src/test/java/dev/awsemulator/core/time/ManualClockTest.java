package dev.awsemulator.core.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final List<String> ran = new ArrayList<>();

    private Runnable record(String name) {
        return () -> ran.add(name + "@" + Duration.between(START, clock.now()).toSeconds());
    }

    @Test
    void timeStandsStillUntilAdvanced() {
        clock.schedule(Duration.ofSeconds(1), record("task"));

        assertThat(clock.now()).isEqualTo(START);
        assertThat(ran).isEmpty();
        assertThat(clock.pendingTasks()).isEqualTo(1);
    }

    @Test
    void advanceRunsDueTasksInDueOrderWithNowSetToEachTasksTime() {
        clock.schedule(Duration.ofSeconds(10), record("late"));
        clock.schedule(Duration.ofSeconds(5), record("early"));
        clock.schedule(Duration.ofSeconds(30), record("future"));

        clock.advance(Duration.ofSeconds(20));

        assertThat(ran).containsExactly("early@5", "late@10");
        assertThat(clock.now()).isEqualTo(START.plusSeconds(20));
        assertThat(clock.pendingTasks()).isEqualTo(1);
    }

    @Test
    void tasksDueAtTheSameTimeRunInSchedulingOrder() {
        clock.schedule(Duration.ofSeconds(3), record("first"));
        clock.schedule(Duration.ofSeconds(3), record("second"));
        clock.schedule(Duration.ofSeconds(3), record("third"));

        clock.advance(Duration.ofSeconds(3));

        assertThat(ran).containsExactly("first@3", "second@3", "third@3");
    }

    @Test
    void taskDueExactlyAtTheTargetRuns() {
        clock.schedule(Duration.ofSeconds(7), record("edge"));

        clock.advance(Duration.ofSeconds(6));
        assertThat(ran).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("edge@7");
    }

    @Test
    void zeroOrNegativeDelayRunsOnTheNextAdvanceEvenOfZero() {
        clock.schedule(Duration.ZERO, record("zero"));
        clock.schedule(Duration.ofSeconds(-5), record("negative"));

        clock.advance(Duration.ZERO);

        assertThat(ran).containsExactly("zero@0", "negative@0");
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void cancelledTaskNeverRuns() {
        Cancellable cancelled = clock.schedule(Duration.ofSeconds(2), record("cancelled"));
        clock.schedule(Duration.ofSeconds(3), record("kept"));

        cancelled.cancel();
        clock.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("kept@3");
        assertThat(clock.pendingTasks()).isZero();
    }

    @Test
    void cancellingATaskThatAlreadyRanDoesNothing() {
        Cancellable task = clock.schedule(Duration.ofSeconds(1), record("once"));
        clock.advance(Duration.ofSeconds(1));

        task.cancel();
        clock.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("once@1");
    }

    @Test
    void taskCanCancelALaterTaskDuringTheSameAdvance() {
        Cancellable later = clock.schedule(Duration.ofSeconds(8), record("later"));
        clock.schedule(Duration.ofSeconds(4), later::cancel);

        clock.advance(Duration.ofSeconds(10));

        assertThat(ran).isEmpty();
    }

    @Test
    void tasksScheduledByTasksRunInTheSameAdvanceWhenDue() {
        clock.schedule(Duration.ofSeconds(5), () -> {
            record("parent").run();
            clock.schedule(Duration.ofSeconds(3), record("child"));
            clock.schedule(Duration.ofSeconds(10), record("grandchild-too-late"));
        });

        clock.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("parent@5", "child@8");
        assertThat(clock.pendingTasks()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        assertThat(ran).containsExactly("parent@5", "child@8", "grandchild-too-late@15");
    }

    @Test
    void advanceRefusesToGoBackwards() {
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void millisFollowsNow() {
        clock.advance(Duration.ofMillis(1500));

        assertThat(clock.millis()).isEqualTo(START.toEpochMilli() + 1500);
    }
}
