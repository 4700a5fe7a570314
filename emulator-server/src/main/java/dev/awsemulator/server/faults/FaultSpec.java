package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.Caller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault in the words of the config file's {@code faults:} entries and of the admin endpoint's JSON: the
 * {@link Fault} builder's choices as keys, exactly one of {@code fail}, {@code delay}, {@code dropConnection}
 * and {@code resetMidBody} saying what happens.
 *
 * <pre>{@code
 * {"service": "sqs", "operation": "SendMessage", "resource": "orders", "times": 2, "fail": "ThrottlingException"}
 * {"service": "kinesis", "operation": "PutRecords", "fail": "ProvisionedThroughputExceededException", "entries": [0, 2]}
 * {"service": "sqs", "operation": "ReceiveMessage", "delay": "5s", "realTime": true}
 * }</pre>
 *
 * @param entries  with {@code fail}, the batch entries that fail: positions (numbers, from 0) and ids (text)
 * @param delay    a duration such as {@code 500ms}, {@code 5s} or {@code 2m}, on the emulator's clock unless
 *                 {@code realTime}
 * @param account  the account whose calls the rule applies to; default: the emulator's (or the config file's)
 * @param region   the region its resource is looked up in; default likewise
 */
public record FaultSpec(String service, String operation, String resource, Integer times, Double fraction, Long seed,
                        String fail, String message, List<Object> entries, String delay, Boolean realTime,
                        Boolean dropConnection, Boolean resetMidBody, String account, String region) {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    /** The spec of a fault, as the admin endpoint lists it. */
    public static FaultSpec of(Fault fault) {
        List<Object> entries = new ArrayList<>(fault.entryIndices());
        entries.addAll(fault.entryIds());
        return new FaultSpec(fault.service(), fault.operation(), fault.resource(),
                fault.times().isPresent() ? fault.times().getAsInt() : null,
                fault.fraction().isPresent() ? fault.fraction().getAsDouble() : null,
                fault.fraction().isPresent() ? fault.seed() : null, fault.errorCode(), fault.message(),
                entries.isEmpty() ? null : entries, fault.delay() == null ? null : fault.delay().toMillis() + "ms",
                fault.kind() == Fault.Kind.DELAY ? fault.realTime() : null,
                fault.kind() == Fault.Kind.DROP_CONNECTION ? true : null,
                fault.kind() == Fault.Kind.RESET_MID_BODY ? true : null, null, null);
    }

    /**
     * Where the rule applies: {@code defaults} (the emulator's or the config file's account and region, and the
     * endpoint), with this spec's account and region if it names them.
     *
     * @throws InvalidFaultException when the account is no 12-digit AWS account id
     */
    public Caller scope(Caller defaults) {
        if (account != null && !Caller.isAccountId(account)) {
            throw new InvalidFaultException("account must be a 12-digit AWS account id, not \"" + account + "\".");
        }
        return new Caller(account != null ? account : defaults.accountId(),
                region != null ? region : defaults.region(), defaults.endpoint());
    }

    /**
     * The fault these keys describe.
     *
     * @throws InvalidFaultException when a key is missing, or they describe no fault or more than one
     */
    public Fault toFault() {
        if (service == null || operation == null) {
            throw new InvalidFaultException("A fault needs a service (its signing name: sqs, sns, kinesis, ...) and "
                    + "an operation (as AWS names it: SendMessage).");
        }
        int actions = (fail != null ? 1 : 0) + (delay != null ? 1 : 0) + (isTrue(dropConnection) ? 1 : 0)
                + (isTrue(resetMidBody) ? 1 : 0);
        if (actions != 1) {
            throw new InvalidFaultException("A fault needs exactly one of fail (an error code), delay (a duration), "
                    + "dropConnection: true and resetMidBody: true.");
        }
        if (fail == null && (message != null || entries != null)) {
            throw new InvalidFaultException("message and entries go with fail.");
        }
        if (delay == null && realTime != null) {
            throw new InvalidFaultException("realTime goes with delay.");
        }
        if (seed != null && fraction == null) {
            throw new InvalidFaultException("seed goes with fraction.");
        }
        try {
            return describe(calls());
        } catch (IllegalArgumentException e) {
            throw new InvalidFaultException(e.getMessage());
        }
    }

    private Fault.Builder calls() {
        Fault.Builder builder = Fault.on(service, operation);
        if (resource != null) {
            builder.resource(resource);
        }
        if (times != null) {
            builder.times(times);
        }
        if (fraction != null) {
            builder.fraction(fraction, seed == null ? 0 : seed);
        }
        return builder;
    }

    private Fault describe(Fault.Builder builder) {
        if (fail != null && entries != null) {
            List<String> ids = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof Integer index) {
                    indices.add(index);
                } else if (entry instanceof String id) {
                    ids.add(id);
                } else {
                    throw new InvalidFaultException("entries are positions (numbers from 0) or ids (text), not "
                            + entry + ".");
                }
            }
            return builder.failEntries(fail, message, ids, indices);
        }
        if (fail != null) {
            return builder.fail(fail, message);
        }
        if (delay != null) {
            return isTrue(realTime) ? builder.delayInRealTime(duration(delay)) : builder.delay(duration(delay));
        }
        return isTrue(dropConnection) ? builder.dropConnection() : builder.resetMidBody();
    }

    private static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidFaultException("delay must be a duration such as 500ms, 5s or 2m, not \"" + text + "\".");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
