package dev.awsemulator.server.api;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a service's requests name the resource they act on (a queue, a topic, a stream), so that a fault rule
 * can be aimed at one resource: the input members that name it, how each member's value becomes the
 * resource's ARN, and which resources exist. Declared with the service's table:
 *
 * <pre>{@code
 * ResourceNames.of("queue", () -> arnsOfEveryQueue())
 *         .member("queueUrl", (caller, url) -> arnOfUrl(caller, url))
 *         .member("queueName", (caller, name) -> Arn.of(caller, "sqs", name).toString())
 * }</pre>
 */
public final class ResourceNames {

    /** Turns a member's value into the ARN of the resource it names, as the caller's request means it. */
    @FunctionalInterface
    public interface ToArn {
        /** The ARN, or null when the value names no resource of this kind. */
        String arn(Caller caller, String value);
    }

    /** Lists the resources that exist. */
    @FunctionalInterface
    public interface Existing {
        /** The ARN of every resource of every account and region. */
        Collection<String> arns();
    }

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return accessors;
        }
    };

    private final String noun;
    private final Existing existing;
    private final Map<String, ToArn> members;

    private ResourceNames(String noun, Existing existing, Map<String, ToArn> members) {
        this.noun = noun;
        this.existing = existing;
        this.members = Collections.unmodifiableMap(members);
    }

    /** A kind of resource, {@code noun} in messages ({@code queue}), with no member naming it yet. */
    public static ResourceNames of(String noun, Existing existing) {
        return new ResourceNames(noun, existing, new LinkedHashMap<>());
    }

    /** These names, with input records' component {@code component} naming the resource as well (tried in this order). */
    public ResourceNames member(String component, ToArn toArn) {
        Map<String, ToArn> more = new LinkedHashMap<>(members);
        more.put(component, toArn);
        return new ResourceNames(noun, existing, more);
    }

    /** What one resource is called in messages: {@code queue}. */
    public String noun() {
        return noun;
    }

    /** The record components that name a resource. */
    public Set<String> members() {
        return members.keySet();
    }

    /** Whether requests of this input type name a resource at all (ListQueues' do not). */
    public boolean named(Class<?> inputType) {
        return members.keySet().stream().anyMatch(ACCESSORS.get(inputType)::containsKey);
    }

    /** The ARN of the resource {@code input} acts on: its first member that holds a value; null if none does. */
    public String arnOf(Caller caller, Object input) {
        Map<String, Method> accessors = ACCESSORS.get(input.getClass());
        for (Map.Entry<String, ToArn> member : members.entrySet()) {
            Method accessor = accessors.get(member.getKey());
            if (accessor != null && read(accessor, input) instanceof String value && !value.isEmpty()) {
                return member.getValue().arn(caller, value);
            }
        }
        return null;
    }

    /**
     * The ARN of the existing resource that {@code text} means in the caller's account and region: its name,
     * its ARN, or anything a member takes (a queue URL); null when no such resource exists.
     */
    public String find(Caller caller, String text) {
        Map<String, String> here = existing(caller);
        if (here.containsKey(text)) {
            return here.get(text);
        }
        if (here.containsValue(text)) {
            return text;
        }
        for (ToArn toArn : members.values()) {
            String arn = toArn.arn(caller, text);
            if (arn != null && here.containsValue(arn)) {
                return arn;
            }
        }
        return null;
    }

    /** The resources in the caller's account and region: each one's name (after its type, as in {@code stream/}) and ARN. */
    public Map<String, String> existing(Caller caller) {
        Map<String, String> here = new TreeMap<>();
        for (String text : existing.arns()) {
            Arn arn = Arn.parse(text);
            if (arn != null && arn.region().equals(caller.region()) && arn.accountId().equals(caller.accountId())) {
                here.put(arn.resource().substring(arn.resource().indexOf('/') + 1), text);
            }
        }
        return here;
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public", e);
        }
    }
}
