package dev.awsemulator.server.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a service's members are spelled on the wire. By default a record component {@code queueUrl}
 * is {@code QueueUrl}; this holds the exceptions of a service's model (lowercase members, acronyms)
 * and, for the Query protocol, the element names of lists and maps and their key and value names.
 */
public final class WireNames {

    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> queryMembers = new HashMap<>();
    private final Map<String, String> queryAliases = new HashMap<>();
    private final Map<String, String[]> mapEntryNames = new HashMap<>();
    private final Set<String> alwaysIncluded = new HashSet<>();
    private final String defaultMapKey;
    private final String defaultMapValue;

    private WireNames(String defaultMapKey, String defaultMapValue) {
        this.defaultMapKey = defaultMapKey;
        this.defaultMapValue = defaultMapValue;
    }

    /** Names for a service whose Query maps use {@code key}/{@code value} entries unless told otherwise. */
    public static WireNames withMapEntries(String key, String value) {
        return new WireNames(key, value);
    }

    /** Spells {@code component} as {@code wireName} in every record. */
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

    public boolean alwaysIncluded(Class<?> record, String component) {
        return alwaysIncluded.contains(key(record, component));
    }

    public String name(Class<?> record, String component) {
        String specific = members.get(key(record, component));
        if (specific != null) {
            return specific;
        }
        String global = members.get(component);
        return global != null ? global : Character.toUpperCase(component.charAt(0)) + component.substring(1);
    }

    public String queryName(Class<?> record, String component) {
        String element = queryMembers.get(key(record, component));
        return element != null ? element : name(record, component);
    }

    /** The alias clients may send {@code component} under in a Query request, or null. */
    public String queryAlias(Class<?> record, String component) {
        return queryAliases.get(key(record, component));
    }

    public String mapKeyName(Class<?> record, String component) {
        String[] names = mapEntryNames.get(key(record, component));
        return names != null ? names[0] : defaultMapKey;
    }

    public String mapValueName(Class<?> record, String component) {
        String[] names = mapEntryNames.get(key(record, component));
        return names != null ? names[1] : defaultMapValue;
    }

    private static String key(Class<?> record, String component) {
        return record.getName() + "#" + component;
    }
}
