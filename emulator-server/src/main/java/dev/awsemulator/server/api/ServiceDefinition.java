package dev.awsemulator.server.api;

import dev.awsemulator.server.model.InputChecks;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server needs to know of one AWS service to route and encode its calls: the name it is
 * signed for, the facts of each protocol it speaks, its wire names and its operations.
 *
 * <pre>{@code
 * ServiceDefinition.builder("sqs")
 *         .json(JsonFacts.of("AmazonSQS", "1.0").withQueryCompatibleErrors())
 *         .query(QueryFacts.of("http://queue.amazonaws.com/doc/2012-11-05/").withFlattenedLists())
 *         .wireNames(names)
 *         .operations(Operation.of("CreateQueue", CreateQueueRequest.class, sqs::createQueue), ...)
 *         .build();
 * }</pre>
 *
 * A service speaks REST-JSON when its operations carry {@link HttpBinding}s. Building checks the
 * table: names unique, REST bindings and wire names naming components the records have.
 */
public final class ServiceDefinition {

    private final String signingName;
    private final JsonFacts json;
    private final QueryFacts query;
    private final WireNames wireNames;
    private final Map<String, Operation<?>> operations;
    private final List<DeveloperEndpoint> developerEndpoints;
    private final ResourceNames resources;
    private final InputChecks inputChecks;
    private final boolean restJson;

    private ServiceDefinition(Builder builder) {
        this.signingName = builder.signingName;
        this.resources = builder.resources;
        this.inputChecks = builder.inputChecks;
        this.json = builder.json;
        this.query = builder.query;
        this.wireNames = builder.wireNames;
        this.operations = Collections.unmodifiableMap(new LinkedHashMap<>(builder.operations));
        this.developerEndpoints = List.copyOf(builder.developerEndpoints);
        this.restJson = operations.values().stream().anyMatch(operation -> operation.http() != null);
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

    public boolean restJson() {
        return restJson;
    }

    public WireNames wireNames() {
        return wireNames;
    }

    /** Its operations by name, in the order of its table. */
    public Map<String, Operation<?>> operations() {
        return operations;
    }

    public Operation<?> operation(String name) {
        return operations.get(name);
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
                if (operations.putIfAbsent(operation.name(), operation) != null) {
                    throw new IllegalArgumentException(signingName + " declares " + operation.name() + " twice");
                }
            }
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
         * @throws IllegalArgumentException when a binding, a wire name or a resource member names a component
         *                                  that no record has, or the service speaks no protocol
         */
        public ServiceDefinition build() {
            ServiceDefinition definition = new ServiceDefinition(this);
            if (json == null && query == null && !definition.restJson()) {
                throw new IllegalArgumentException(signingName + " speaks no protocol");
            }
            List<Operation<?>> all = new ArrayList<>(operations.values());
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
            checkResourceMembers();
            return definition;
        }

        private void checkResourceMembers() {
            if (resources == null) {
                return;
            }
            for (String member : resources.members()) {
                if (operations.values().stream().noneMatch(operation -> hasComponent(operation.inputType(), member))) {
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
}
