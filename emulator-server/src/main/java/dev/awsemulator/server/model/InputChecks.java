package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.MemoizedSupplier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a request's members against its operation's input shape before the request reaches the service:
 * every member's type first (a wrong one is AWS's SerializationException, as AWS's deserializer fails
 * before any constraint is looked at), then every constraint, all reported at once in the service's words.
 * The model is read on the first request of the service, not when the server starts.
 */
public final class InputChecks {

    private final Supplier<InputModel> model;
    private final ViolationReport report;

    private InputChecks(Supplier<InputModel> model, ViolationReport report) {
        this.model = model;
        this.report = report;
    }

    /** The model in {@code resource} next to {@code anchor}, read on first use. */
    public static InputChecks of(Class<?> anchor, String resource, ViolationReport report) {
        return new InputChecks(new MemoizedSupplier<>(() -> InputModel.read(anchor, resource)), report);
    }

    /**
     * @param input the request's members as a JSON tree (also CBOR's)
     * @throws dev.awsemulator.core.common.AwsException a SerializationException for a member of the wrong
     *                                                  type, else the report of every constraint broken
     */
    public void check(String operation, JsonNode input) {
        InputModel shapes = model.get();
        Shape shape = shapes.input(operation);
        if (shape == null) {
            return;
        }
        MemberTypes.check(shapes, shape, input);
        constraints(shapes, shape, input);
    }

    /**
     * A Query form's members: every value is text whatever its member's type (the codec reads numbers and
     * booleans from it), so only the constraints are checked.
     *
     * @throws dev.awsemulator.core.common.AwsException the report of every constraint broken
     */
    public void checkConstraints(String operation, JsonNode input) {
        InputModel shapes = model.get();
        Shape shape = shapes.input(operation);
        if (shape != null) {
            constraints(shapes, shape, input);
        }
    }

    private void constraints(InputModel shapes, Shape shape, JsonNode input) {
        List<Violation> violations = new ArrayList<>();
        new Constraints(shapes, violations).structure(shape, input, "");
        if (!violations.isEmpty()) {
            throw report.of(violations);
        }
    }
}
