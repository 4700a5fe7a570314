package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.server.api.BatchEntries;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ResourceNames;
import dev.awsemulator.server.api.ServiceDefinition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a fault against the services an emulator serves before it becomes a rule, and says what is valid
 * when it is not: the services, an operation's errors, the resources that exist, the batch calls.
 */
final class FaultCheck {

    private final Map<String, ServiceDefinition> services;
    private final Clock clock;

    FaultCheck(Map<String, ServiceDefinition> services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** The rule {@code fault} becomes in the scope of {@code caller}: its account, and the region of its resource. */
    FaultRule rule(String id, Fault fault, Caller caller) {
        ServiceDefinition service = services.get(fault.service());
        if (service == null) {
            throw new InvalidFaultException("No service \"" + fault.service() + "\" to inject faults into; the "
                    + "services are " + list(services.keySet()) + ".");
        }
        Operation<?> operation = service.operation(fault.operation());
        if (operation == null) {
            throw new InvalidFaultException(service + " has no operation \"" + fault.operation() + "\"; its "
                    + "operations are " + list(service.operations().keySet()) + ".");
        }
        String where = service + " " + operation.name();
        String resourceArn = fault.resource() == null ? null : resource(service, operation, fault.resource(), caller);
        FaultError error = null;
        BatchEntries<?, ?, ?> batch = null;
        switch (fault.kind()) {
            case FAIL -> error = error(service, operation.name(), fault.errorCode(),
                    where + " cannot return \"" + fault.errorCode() + "\"; it can return ");
            case FAIL_ENTRIES -> {
                batch = batch(service, operation, fault);
                error = error(service, batch.entryOperation(), fault.errorCode(), "An entry of " + where
                        + " cannot fail with \"" + fault.errorCode() + "\"; it can fail with ");
            }
            case DELAY -> refuseEventStream(operation, where);
            case RESET_MID_BODY -> {
                refuseEventStream(operation, where);
                if (operation.http() != null && operation.http().status() == 204) {
                    throw new InvalidFaultException(where + " answers 204 without a body to cut off: use "
                            + "dropConnection instead.");
                }
            }
            case DROP_CONNECTION -> {
                // applies to every call
            }
        }
        return new FaultRule(id, fault, caller.accountId(), resourceArn, error, batch, clock);
    }

    private static String resource(ServiceDefinition service, Operation<?> operation, String resource, Caller caller) {
        ResourceNames names = service.resources();
        if (names == null || !names.named(operation.inputType())) {
            throw new InvalidFaultException(service + " " + operation.name() + " names no "
                    + (names == null ? "resource" : names.noun()) + ": leave the resource out to inject into "
                    + "every call.");
        }
        String arn = names.find(caller, resource);
        if (arn == null) {
            Collection<String> existing = names.existing(caller).keySet();
            throw new InvalidFaultException("No " + names.noun() + " \"" + resource + "\" exists in account "
                    + caller.accountId() + ", " + caller.region() + "; " + (existing.isEmpty() ? "there are none"
                    : names.noun() + "s there: " + list(existing)) + ".");
        }
        return arn;
    }

    private static FaultError error(ServiceDefinition service, String operation, String code, String refusal) {
        List<FaultError> errors = ModelledErrors.of(service.signingName(), operation);
        return errors.stream().filter(error -> error.isCalled(code)).findFirst().orElseThrow(() ->
                new InvalidFaultException(refusal + String.join(", ", errors.stream().map(FaultError::toString)
                        .toList()) + "."));
    }

    private static BatchEntries<?, ?, ?> batch(ServiceDefinition service, Operation<?> operation, Fault fault) {
        BatchEntries<?, ?, ?> batch = operation.batch();
        if (batch == null) {
            List<String> batches = service.operations().values().stream().filter(other -> other.batch() != null)
                    .map(Operation::name).toList();
            throw new InvalidFaultException(service + " " + operation.name() + " is no batch call, so it has no "
                    + "entries to fail; " + (batches.isEmpty() ? service + " has no batch calls"
                    : "the batch calls of " + service + " are " + list(batches)) + ".");
        }
        if (fault.entryIds().isEmpty() && fault.entryIndices().isEmpty()) {
            throw new InvalidFaultException("Name the entries of " + operation.name() + " to fail, by "
                    + (batch.hasIds() ? "id or " : "") + "position.");
        }
        if (!fault.entryIds().isEmpty() && !batch.hasIds()) {
            throw new InvalidFaultException("The entries of " + operation.name() + " have no ids: choose them by "
                    + "position (from 0).");
        }
        if (fault.entryIndices().stream().anyMatch(index -> index < 0)) {
            throw new InvalidFaultException("Entry positions count from 0, not " + fault.entryIndices() + ".");
        }
        return batch;
    }

    private static void refuseEventStream(Operation<?> operation, String where) {
        if (operation.streamsEvents()) {
            throw new InvalidFaultException(where + " answers with an event stream: only fail and dropConnection "
                    + "apply to it.");
        }
    }

    private static String list(Collection<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
