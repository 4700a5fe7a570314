package dev.awsemulator.server.api;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a service's members are spelled on the wire. By default a record component {@code queueUrl}
 * is {@code QueueUrl} (or {@code queueUrl} for services whose model spells members in lower camel
 * case, like MSK's); this holds the exceptions of a service's model (lowercase members, acronyms),
 * timestamps written in another format than the protocol's default and, for the Query protocol, the
 * element names of lists and maps and their key and value names.
 *
 * <p>Every record and component named here is checked: a component the record does not have is
 * refused at once, and a name given for every record ({@link #member(String, String)}) must belong
 * to a record the service's operations reach ({@link #checkReachable}), so a typo fails the build's
 * tests instead of a user's request.
 */
public final class WireNames {

    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> queryMembers = new HashMap<>();
    private final Map<String, String> queryAliases = new HashMap<>();
    private final Map<String, String[]> mapEntryNames = new HashMap<>();
    private final Map<String, TimestampFormat> timestampFormats = new HashMap<>();
    private final Set<String> alwaysIncluded = new HashSet<>();
    private final Set<Class<?>> namedRecords = new HashSet<>();
    private final boolean capitalized;
    private final String defaultMapKey;
    private final String defaultMapValue;
    private final Map<Derivation<?>, Object> derived = new ConcurrentHashMap<>();
    private TimestampFormat defaultTimestampFormat = TimestampFormat.EPOCH_SECONDS;

    /** Something made from a service's names alone, such as a protocol's Jackson mapper. */
    @FunctionalInterface
    public interface Derivation<T> {
        T from(WireNames names);
    }

    private WireNames(boolean capitalized, String defaultMapKey, String defaultMapValue) {
        this.capitalized = capitalized;
        this.defaultMapKey = defaultMapKey;
        this.defaultMapValue = defaultMapValue;
    }

    /** Names for a service whose Query maps use {@code key}/{@code value} entries unless told otherwise. */
    public static WireNames withMapEntries(String key, String value) {
        return new WireNames(true, key, value);
    }

    /** Names spelled as the record components are ({@code clusterArn}), as REST-JSON models like MSK's and MQ's do. */
    public static WireNames lowerCamel() {
        return new WireNames(false, "key", "value");
    }

    /** Spells {@code component} as {@code wireName} in every record that has it. */
    public WireNames member(String component, String wireName) {
        members.put(component, wireName);
        return this;
    }

    /** Spells {@code component} of {@code record} as {@code wireName}, in JSON and Query alike. */
    public WireNames member(Class<? extends Record> record, String component, String wireName) {
        members.put(key(record, component), wireName);
        return this;
    }

    /** The Query name of a list's or map's elements, e.g. {@code MessageAttribute} for {@code messageAttributes}. */
    public WireNames queryMember(Class<? extends Record> record, String component, String elementName) {
        queryMembers.put(key(record, component), elementName);
        return this;
    }

    /**
     * A second Query name under which clients send {@code component} of {@code record}, read when the
     * model's name is absent (SDK v1 sends TagQueue's tags as {@code Tags.N.Key}, the model says {@code Tag}).
     */
    public WireNames queryAlias(Class<? extends Record> record, String component, String alias) {
        queryAliases.put(key(record, component), alias);
        return this;
    }

    /** Query key and value element names for one map member, where they differ from the service's default. */
    public WireNames mapEntry(Class<? extends Record> record, String component, String keyName, String valueName) {
        mapEntryNames.put(key(record, component), new String[] {keyName, valueName});
        return this;
    }

    /**
     * Writes {@code component} even when empty: members the model marks required, like
     * {@code Records} of GetRecords, which AWS always sends and strict clients expect.
     */
    public WireNames alwaysInclude(Class<? extends Record> record, String component) {
        alwaysIncluded.add(key(record, component));
        return this;
    }

    /** The format of every timestamp in a body, where the model says so for all of them (MSK's {@code iso8601}). */
    public WireNames timestamps(TimestampFormat format) {
        defaultTimestampFormat = format;
        return this;
    }

    /** The body format of one timestamp member, where the model gives it its own {@code timestampFormat}. */
    public WireNames timestamp(Class<? extends Record> record, String component, TimestampFormat format) {
        timestampFormats.put(key(record, component), format);
        return this;
    }

    public boolean alwaysIncluded(Class<?> record, String component) {
        return alwaysIncluded.contains(plainKey(record, component));
    }

    public String name(Class<?> record, String component) {
        String specific = members.get(plainKey(record, component));
        if (specific != null) {
            return specific;
        }
        String global = members.get(component);
        if (global != null) {
            return global;
        }
        return capitalized ? Character.toUpperCase(component.charAt(0)) + component.substring(1) : component;
    }

    public String queryName(Class<?> record, String component) {
        String element = queryMembers.get(plainKey(record, component));
        return element != null ? element : name(record, component);
    }

    /** The alias clients may send {@code component} under in a Query request, or null. */
    public String queryAlias(Class<?> record, String component) {
        return queryAliases.get(plainKey(record, component));
    }

    public String mapKeyName(Class<?> record, String component) {
        String[] names = mapEntryNames.get(plainKey(record, component));
        return names != null ? names[0] : defaultMapKey;
    }

    public String mapValueName(Class<?> record, String component) {
        String[] names = mapEntryNames.get(plainKey(record, component));
        return names != null ? names[1] : defaultMapValue;
    }

    /** How a timestamp member is written in a body (and read when it comes as text). */
    public TimestampFormat timestampFormat(Class<?> record, String component) {
        return timestampFormats.getOrDefault(plainKey(record, component), defaultTimestampFormat);
    }

    /**
     * What {@code derivation} (a constant) makes of these names, made at the first call and kept with them.
     * A service's names are a constant of its API, so every emulator of a JVM shares what is made of them:
     * a test suite starts one emulator per test class, and each would otherwise have Jackson introspect
     * every record it reads and writes again.
     */
    @SuppressWarnings("unchecked") // the entry of a derivation is what that derivation made
    public <T> T derived(Derivation<T> derivation) {
        Object made = derived.get(derivation);
        return (T) (made != null ? made : derived.computeIfAbsent(derivation, key -> derivation.from(this)));
    }

    /**
     * Checks the names given for every record: each must be a component of a record the service's
     * operations reach ({@code records}) or of one named here, or of a record those reach.
     *
     * @throws IllegalArgumentException naming the first that is not
     */
    void checkReachable(Set<Class<?>> operationRecords) {
        Set<Class<?>> records = new HashSet<>(operationRecords);
        namedRecords.forEach(record -> RecordGraph.collect(record, records));
        for (String name : members.keySet()) {
            boolean global = name.indexOf('#') < 0;
            if (global && records.stream().noneMatch(record -> hasComponent(record, name))) {
                throw new IllegalArgumentException("wire name given for component " + name
                        + ", which no record of the service's operations has");
            }
        }
    }

    /** The key of a record's component; refuses a component the record does not have. */
    private String key(Class<? extends Record> record, String component) {
        if (!hasComponent(record, component)) {
            throw new IllegalArgumentException("wire name given for " + record.getSimpleName() + "#" + component
                    + ", but " + record.getSimpleName() + " has no component " + component);
        }
        namedRecords.add(record);
        return plainKey(record, component);
    }

    static boolean hasComponent(Class<?> record, String component) {
        RecordComponent[] components = record.getRecordComponents();
        return components != null && Arrays.stream(components).anyMatch(each -> each.getName().equals(component));
    }

    private static String plainKey(Class<?> record, String component) {
        return record.getName() + "#" + component;
    }
}
