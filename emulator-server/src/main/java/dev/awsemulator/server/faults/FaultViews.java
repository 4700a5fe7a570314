package dev.awsemulator.server.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.server.dashboard.DashboardView;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Rules as JSON, for the admin endpoint and the dashboard: each rule's id, account, resource ARN, hits and
 * what is left of its count, beside its {@link FaultSpec}; and the spec a client posts, read strictly.
 */
public final class FaultViews {

    /**
     * Made when rules are first read or written as JSON, not when the server registers the dashboard section at
     * start: a mapper's set-up is tens of milliseconds that the first AWS answer need not wait for.
     */
    private static final Supplier<ObjectMapper> JSON = new MemoizedSupplier<>(() -> new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL)));

    /** One rule as it is listed. */
    public record RuleView(String id, String account, String resourceArn, int hits, Integer remaining,
                           FaultSpec fault) {

        static RuleView of(FaultRule rule) {
            return new RuleView(rule.id(), rule.accountId(), rule.resourceArn(), rule.hits(),
                    rule.remaining().isPresent() ? rule.remaining().getAsInt() : null, FaultSpec.of(rule.fault()));
        }
    }

    /** The rules, as the dashboard's Faults section and {@code GET /_emulator/faults} show them. */
    public record RulesView(List<RuleView> faults) {

        static RulesView of(List<FaultRule> rules) {
            return new RulesView(rules.stream().map(RuleView::of).toList());
        }
    }

    private FaultViews() {
    }

    /** The dashboard's section listing the rules. */
    public static DashboardView dashboardView(FaultRegistry registry) {
        return DashboardView.of("faults", FaultViews.class, "faults.js", () -> RulesView.of(registry.rules()));
    }

    /**
     * A posted spec.
     *
     * @throws InvalidFaultException when the body is no JSON object of the spec's keys
     */
    public static FaultSpec read(byte[] body) {
        try {
            FaultSpec spec = JSON.get().readValue(body, FaultSpec.class);
            if (spec == null) {
                throw new InvalidFaultException("Post a fault as a JSON object.");
            }
            return spec;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : "; the keys are " + e.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw new InvalidFaultException("Unknown key \"" + e.getPropertyName() + "\"" + known + ".");
        } catch (JacksonException e) {
            throw new InvalidFaultException("Post a fault as a JSON object of its keys: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("a byte array reads without I/O", e);
        }
    }

    public static byte[] json(FaultRule rule) {
        return write(RuleView.of(rule));
    }

    public static byte[] json(List<FaultRule> rules) {
        return write(RulesView.of(rules));
    }

    /** An error's body: {@code {"message": "..."}}. */
    public static byte[] message(String message) {
        return write(Map.of("message", message));
    }

    private static byte[] write(Object value) {
        try {
            return JSON.get().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("rule views are plain records", e);
        }
    }
}
