package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.server.api.WireNames;

import java.util.function.Supplier;

/** Jackson object mappers for one service's records: its wire names, absent members omitted. */
final class ServiceObjectMappers {

    /** Deeper nesting than any AWS shape has is an attack, not a request. */
    private static final int MAX_NESTING_DEPTH = 64;

    private ServiceObjectMappers() {
    }

    /**
     * The JSON tree readers of a service's names, with their mapper, one per JVM (the names are a constant of
     * the service's API): the AWS JSON, Query and REST-JSON protocols of every emulator in the JVM read and
     * write through it, so Jackson introspects each record once, not once per emulator.
     */
    static final WireNames.Derivation<JsonTrees> JSON = trees(JsonFactory::new);

    /** The same for CBOR, which Kinesis speaks besides JSON. */
    static final WireNames.Derivation<JsonTrees> CBOR = trees(CBORFactory::new);

    /** Tree readers whose mapper reads and writes through {@code factory}'s parsers, made at its first use. */
    private static WireNames.Derivation<JsonTrees> trees(Supplier<JsonFactory> factory) {
        return names -> new JsonTrees(new MemoizedSupplier<>(() -> forService(factory.get(), names)));
    }

    static ObjectMapper forService(JsonFactory factory, WireNames names) {
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        ObjectMapper mapper = new ObjectMapper(factory)
                .registerModule(Timestamps.module(names))
                .registerModule(WellFormedText.module())
                .setAnnotationIntrospector(new WireInclusion(names))
                .setPropertyNamingStrategy(new WireNamingStrategy(names))
                // Absent and empty members are left out; map entries never are: "" is a valid tag value.
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.ALWAYS))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // A fraction for an integer member is a client error, never silently truncated.
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                // A tree keeps a fraction exact (epoch seconds with milliseconds), as reading a record does.
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                // A null inside a list or map is dropped, as AWS's servers drop it from non-sparse collections.
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
        // An empty string for a number is a client error, never a silent null or zero.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
