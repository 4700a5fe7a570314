package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import dev.awsemulator.server.api.WireNames;

/** Lets Jackson spell record components the way {@link WireNames} says. */
final class WireNamingStrategy extends PropertyNamingStrategy {

    private static final long serialVersionUID = 1L;

    private final transient WireNames names;

    WireNamingStrategy(WireNames names) {
        this.names = names;
    }

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
        return names.name(field.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return names.name(method.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter parameter,
                                              String defaultName) {
        return names.name(parameter.getDeclaringClass(), defaultName);
    }
}
