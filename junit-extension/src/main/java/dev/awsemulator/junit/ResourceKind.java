package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.StreamOverview;
import dev.awsemulator.core.sns.TopicOverview;
import dev.awsemulator.core.sqs.QueueOverview;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A kind of named resource a test refers to by name, with where the emulator lists them; a new service
 * adds its kinds here, and every name check and message follows.
 */
enum ResourceKind {

    QUEUE("queue", "queues", "", emulator -> emulator.sqs().overview().stream().map(QueueOverview::arn).toList()),
    TOPIC("topic", "topics", "", emulator -> emulator.sns().overview().stream().map(TopicOverview::arn).toList()),
    STREAM("stream", "streams", "stream/",
            emulator -> emulator.kinesis().overview(0).stream().map(StreamOverview::arn).toList());

    private final String noun;
    private final String plural;
    private final String resourcePrefix;
    private final Function<Emulator, List<String>> arns;

    ResourceKind(String noun, String plural, String resourcePrefix, Function<Emulator, List<String>> arns) {
        this.noun = noun;
        this.plural = plural;
        this.resourcePrefix = resourcePrefix;
        this.arns = arns;
    }

    /**
     * {@code name} if the caller's account and region hold such a resource; otherwise an
     * {@link IllegalArgumentException} naming the ones there are, so a misspelt name fails at once
     * instead of reading as an empty queue or a valid-looking URL.
     */
    String checked(Emulator emulator, Caller caller, String name) {
        TreeSet<String> known = names(emulator, caller);
        if (!known.contains(name)) {
            throw new IllegalArgumentException("There is no " + noun + " named \"" + name + "\" in account "
                    + caller.accountId() + ", region " + caller.region() + (known.isEmpty()
                    ? "; it has no " + plural : "; its " + plural + ": " + String.join(", ", known))
                    + ". Declare it (" + plural + " = ... on @AwsEmulatorTest, or the builder's " + noun
                    + "(...)) or create it before naming it here.");
        }
        return name;
    }

    private TreeSet<String> names(Emulator emulator, Caller caller) {
        TreeSet<String> names = new TreeSet<>();
        for (String text : arns.apply(emulator)) {
            Arn arn = Arn.parse(text);
            if (arn != null && arn.accountId().equals(caller.accountId()) && arn.region().equals(caller.region())
                    && arn.resource().startsWith(resourcePrefix)) {
                names.add(arn.resource().substring(resourcePrefix.length()));
            }
        }
        return names;
    }
}
