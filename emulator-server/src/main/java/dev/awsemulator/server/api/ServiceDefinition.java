package dev.awsemulator.server.api;

import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.server.model.InputChecks;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the server needs to know of one AWS service to route and encode its calls: the name it is
 * signed for, the facts of each protocol it speaks, its wire names and its operations.
 *
 * <pre>{@code
 * ServiceDefinition.builder("sqs")
 *         .json(JsonFacts.of("AmazonSQS", "1.0").withQueryCompatibleErrors())
 *         .query(QueryFacts.of("http://queue.amazonaws.com/doc/2012-11-05/").withFlattenedLists())
 *         .wireNames(names)
 *         .operations(() -> List.of(Operation.of("CreateQueue", CreateQueueRequest.class, sqs::createQueue), ...))
 *         .build();
 * }</pre>
 *
 * A service speaks REST-JSON when its operations carry {@link HttpBinding}s. Making the table checks it:
 * names unique, REST bindings and wire names naming components the records have. The protocols' facts
 * route requests without the table, which is made for the first request that reaches the service.
 */
public final class ServiceDefinition {

    private final String signingName;
    private final JsonFacts json;
    private final QueryFacts query;
    private final WireNames wireNames;
    private final Supplier<Map<String, Operation<?>>> operations;
    private final List<DeveloperEndpoint> developerEndpoints;
    private final ResourceNames resources;
    private final InputChecks inputChecks;

    private ServiceDefinition(Builder builder) {
        this.signingName = builder.signingName;
        this.resources = builder.resources;
        this.inputChecks = builder.inputChecks;
        this.json = builder.json;
        this.query = builder.query;
        this.wireNames = builder.wireNames;
        this.developerEndpoints = List.copyOf(builder.developerEndpoints);
        Map<String, Operation<?>> declared = new LinkedHashMap<>(builder.operations);
        Supplier<List<Operation<?>>> table = builder.table;
        this.operations = new MemoizedSupplier<>(() -> checkedTable(declared, table));
    }

    public static Builder builder(String signingName) {
        return new Builder(signingName);
    }

    /** The service in the SigV4 credential scope (and its ARNs). */
    public String signingName() {
        return signingName;
    }

    /** Its AWS JSON protocol; null if it speaks none. */
    public JsonFacts json() {
        return json;
    }

    /** Its Query protocol; null if it speaks none. */
    public QueryFacts query() {
        return query;
    }

    public WireNames wireNames() {
        return wireNames;
    }

    /** Its operations by name, in the order of its table; the first call makes and checks the table. */
    public Map<String, Operation<?>> operations() {
        return operations.get();
    }

    public Operation<?> operation(String name) {
        return operations().get(name);
    }

    public List<DeveloperEndpoint> developerEndpoints() {
        return developerEndpoints;
    }

    /** How its requests name the resources they act on, for fault rules aimed at one; null if it declares none. */
    public ResourceNames resources() {
        return resources;
    }

    /** The checks of its requests against its model's input shapes; null if it declares none. */
    public InputChecks inputChecks() {
        return inputChecks;
    }

    @Override
    public String toString() {
        return signingName;
    }

    public static final class Builder {
        private final String signingName;
        private JsonFacts json;
        private QueryFacts query;
        private WireNames wireNames = WireNames.withMapEntries("key", "value");
        private final Map<String, Operation<?>> operations = new LinkedHashMap<>();
        private Supplier<List<Operation<?>>> table;
        private final List<DeveloperEndpoint> developerEndpoints = new ArrayList<>();
        private ResourceNames resources;
        private InputChecks inputChecks;

        private Builder(String signingName) {
            this.signingName = signingName;
        }

        public Builder json(JsonFacts json) {
            this.json = json;
            return this;
        }

        public Builder query(QueryFacts query) {
            this.query = query;
            return this;
        }

        public Builder wireNames(WireNames wireNames) {
            this.wireNames = wireNames;
            return this;
        }

        public Builder operations(Operation<?>... table) {
            for (Operation<?> operation : table) {
                add(operations, operation, signingName);
            }
            return this;
        }

        /**
         * The operations, made when the table is first needed: when a request routes to the service (or a fault
         * rule or a check names it), not when the server starts. A server serves every service, and a run
         * usually calls one or two; a table costs tens of milliseconds (its records, its operations' method
         * references, REST templates, the checks of its names against the records), so the others never cost
         * their tables.
         */
        public Builder operations(Supplier<List<Operation<?>>> table) {
            this.table = table;
            return this;
        }

        /** How requests name the service's resources (its queues, topics, streams). */
        public Builder resources(ResourceNames resources) {
            this.resources = resources;
            return this;
        }

        /** Checks every request against the service's model before it reaches the service. */
        public Builder inputChecks(InputChecks checks) {
            this.inputChecks = checks;
            return this;
        }

        public Builder developerEndpoint(String path, String label, Operation<?> operation) {
            developerEndpoints.add(new DeveloperEndpoint(path, label, operation));
            return this;
        }

        /**
         * The definition; a table given as operations is checked here, one given as a supplier when it is made.
         *
         * @throws IllegalArgumentException when a binding, a wire name or a resource member names a component
         *                                  that no record has, or the service speaks no protocol
         */
        public ServiceDefinition build() {
            ServiceDefinition definition = new ServiceDefinition(this);
            if (table == null) {
                definition.operations();
            }
            return definition;
        }
    }

    private static void add(Map<String, Operation<?>> operations, Operation<?> operation, String signingName) {
        if (operations.putIfAbsent(operation.name(), operation) != null) {
            throw new IllegalArgumentException(signingName + " declares " + operation.name() + " twice");
        }
    }

    /** The operations by name, checked against the records and the service's protocols, wire names and resources. */
    private Map<String, Operation<?>> checkedTable(Map<String, Operation<?>> declared,
                                                   Supplier<List<Operation<?>>> table) {
        Map<String, Operation<?>> byName = new LinkedHashMap<>(declared);
        if (table != null) {
            table.get().forEach(operation -> add(byName, operation, signingName));
        }
        boolean rest = byName.values().stream().anyMatch(operation -> operation.http() != null);
        if (json == null && query == null && !rest) {
            throw new IllegalArgumentException(signingName + " speaks no protocol");
        }
        List<Operation<?>> all = new ArrayList<>(byName.values());
        developerEndpoints.forEach(endpoint -> all.add(endpoint.operation()));
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Operation<?> operation : all) {
            if (operation.http() != null) {
                operation.http().check(operation.name(), operation.inputType());
                RecordGraph.collect(operation.http().output(), records);
            }
            RecordGraph.collect(operation.inputType(), records);
        }
        wireNames.checkReachable(records);
        checkResourceMembers(byName.values());
        return Collections.unmodifiableMap(byName);
    }

    private void checkResourceMembers(Collection<Operation<?>> operations) {
        if (resources == null) {
            return;
        }
        for (String member : resources.members()) {
            if (operations.stream().noneMatch(operation -> hasComponent(operation.inputType(), member))) {
                throw new IllegalArgumentException(signingName + "'s resources are named by \"" + member
                        + "\", which no input record has");
            }
        }
    }

    private static boolean hasComponent(Class<?> record, String name) {
        RecordComponent[] components = record.getRecordComponents();
        return components != null && Arrays.stream(components).anyMatch(component -> component.getName().equals(name));
    }
}
