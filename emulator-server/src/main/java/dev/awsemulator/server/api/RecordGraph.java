package dev.awsemulator.server.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

/** The records a shape reaches: itself and, through its components, lists and maps, theirs. */
final class RecordGraph {

    private RecordGraph() {
    }

    static void collect(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> plain && plain.isRecord() && records.add(plain)) {
            for (RecordComponent component : plain.getRecordComponents()) {
                collect(component.getGenericType(), records);
            }
        }
    }
}
