package dev.awsemulator.core.sqs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    /** Adds, removes from anywhere and polls at random against a TreeSet; times repeat so order breaks ties. */
    @Test
    void pollsInTheOrderOfATreeSetWhateverLeftFromWhere() {
        Random random = new Random(7);
        Schedule schedule = new Schedule();
        TreeSet<MessageGroup> expected = new TreeSet<>(ScheduleEntry.BY_AVAILABILITY);
        List<MessageGroup> present = new ArrayList<>();
        long order = 0;
        for (int step = 0; step < 5_000; step++) {
            int action = random.nextInt(4);
            if (present.isEmpty() || action < 2) {
                MessageGroup group = new MessageGroup(null, ++order);
                group.availableAt = random.nextInt(50);
                schedule.add(group);
                expected.add(group);
                present.add(group);
            } else if (action == 2) {
                MessageGroup group = present.remove(random.nextInt(present.size()));
                schedule.remove(group);
                expected.remove(group);
                assertThat(group.slot()).isEqualTo(-1);
            } else {
                ScheduleEntry first = schedule.pollFirst();
                assertThat(first).isSameAs(expected.pollFirst());
                present.remove(first);
            }
            assertThat(schedule.isEmpty()).isEqualTo(expected.isEmpty());
            if (!expected.isEmpty()) {
                assertThat(schedule.first()).isSameAs(expected.first());
            }
        }
        assertThat(schedule.entries()).containsExactlyInAnyOrderElementsOf(expected);
        while (!expected.isEmpty()) {
            assertThat(schedule.pollFirst()).isSameAs(expected.pollFirst());
        }
        assertThat(schedule.isEmpty()).isTrue();
    }

    @Test
    void addingTwiceOrRemovingAnAbsentGroupChangesNothing() {
        Schedule schedule = new Schedule();
        MessageGroup group = new MessageGroup(null, 1);
        MessageGroup absent = new MessageGroup(null, 2);
        schedule.add(group);
        schedule.add(group);
        schedule.remove(absent);

        assertThat(schedule.entries()).containsExactly(group);
        schedule.clear();
        assertThat(schedule.isEmpty()).isTrue();
        assertThat(group.slot()).isEqualTo(-1);
    }
}
