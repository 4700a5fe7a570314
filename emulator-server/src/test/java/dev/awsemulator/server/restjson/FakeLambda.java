package dev.awsemulator.server.restjson;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small Lambda-like service (the {@code lambda} model's Invoke and function routes): header and
 * query bindings, a blob payload both ways, response headers, the status taken from an output member
 * (200, 202, 204) and declared statuses (201, 204). Invoking a function answers its payload reversed.
 */
public final class FakeLambda {

    public record FunctionCode(byte[] zipFile) {
    }

    public record CreateFunctionRequest(String functionName, String runtime, String role, String handler, FunctionCode code) {
    }

    public record FunctionConfiguration(String functionName, String functionArn, String runtime, String role, String handler,
                                 Long codeSize, String state) {
    }

    public record FunctionRequest(String functionName, String qualifier) {
    }

    public record GetFunctionResult(FunctionConfiguration configuration) {
    }

    public record InvokeRequest(String functionName, String invocationType, String logType, String qualifier,
                         byte[] payload) {
    }

    public record InvokeResult(Integer statusCode, String functionError, String logResult, String executedVersion,
                        byte[] payload) {
    }

    private final Map<String, FunctionConfiguration> functions = new ConcurrentHashMap<>();

    static ServiceDefinition definition() {
        FakeLambda lambda = new FakeLambda();
        return ServiceDefinition.builder("lambda")
                .operations(
                        Operation.of("CreateFunction", CreateFunctionRequest.class, lambda::createFunction)
                                .at(HttpBinding.post("/2015-03-31/functions").status(201)),
                        Operation.of("GetFunction", FunctionRequest.class, lambda::getFunction)
                                .at(HttpBinding.get("/2015-03-31/functions/{FunctionName}")
                                        .label("FunctionName", "functionName").query("qualifier", "Qualifier")),
                        Operation.empty("DeleteFunction", FunctionRequest.class, lambda::deleteFunction)
                                .at(HttpBinding.delete("/2015-03-31/functions/{FunctionName}")
                                        .label("FunctionName", "functionName").query("qualifier", "Qualifier")
                                        .status(204)),
                        Operation.of("Invoke", InvokeRequest.class, lambda::invoke)
                                .at(HttpBinding.post("/2015-03-31/functions/{FunctionName}/invocations")
                                        .label("FunctionName", "functionName")
                                        .header("invocationType", "X-Amz-Invocation-Type")
                                        .header("logType", "X-Amz-Log-Type")
                                        .query("qualifier", "Qualifier")
                                        .payload("payload")
                                        .output(InvokeResult.class)
                                        .responseStatus("statusCode")
                                        .responseHeader("functionError", "X-Amz-Function-Error")
                                        .responseHeader("logResult", "X-Amz-Log-Result")
                                        .responseHeader("executedVersion", "X-Amz-Executed-Version")
                                        .responsePayload("payload")))
                .build();
    }

    private FunctionConfiguration createFunction(Caller caller, CreateFunctionRequest request) {
        String arn = "arn:aws:lambda:" + caller.region() + ":" + caller.accountId() + ":function:"
                + request.functionName();
        FunctionConfiguration function = new FunctionConfiguration(request.functionName(), arn, request.runtime(),
                request.role(), request.handler(), (long) request.code().zipFile().length, "Active");
        if (functions.putIfAbsent(request.functionName(), function) != null) {
            throw FakeError.FUNCTION_EXISTS.exception("Function already exist: " + request.functionName());
        }
        return function;
    }

    private GetFunctionResult getFunction(Caller caller, FunctionRequest request) {
        return new GetFunctionResult(function(caller, request.functionName()));
    }

    private void deleteFunction(Caller caller, FunctionRequest request) {
        functions.remove(function(caller, request.functionName()).functionName());
    }

    private InvokeResult invoke(Caller caller, InvokeRequest request) {
        function(caller, request.functionName());
        String version = request.qualifier() == null ? "$LATEST" : request.qualifier();
        String type = request.invocationType() == null ? "RequestResponse" : request.invocationType();
        return switch (type) {
            case "Event" -> new InvokeResult(202, null, null, null, null);
            case "DryRun" -> new InvokeResult(204, null, null, null, null);
            default -> {
                byte[] payload = request.payload() == null ? new byte[0] : request.payload();
                byte[] reversed = new StringBuilder(new String(payload, StandardCharsets.UTF_8)).reverse()
                        .toString().getBytes(StandardCharsets.UTF_8);
                String log = "Tail".equals(request.logType())
                        ? Base64.getEncoder().encodeToString("invoked".getBytes(StandardCharsets.UTF_8)) : null;
                yield new InvokeResult(200, null, log, version, reversed);
            }
        };
    }

    /** A function by name or ARN. */
    private FunctionConfiguration function(Caller caller, String nameOrArn) {
        String name = nameOrArn.substring(nameOrArn.lastIndexOf(':') + 1);
        FunctionConfiguration function = functions.get(name);
        if (function == null) {
            throw FakeError.FUNCTION_NOT_FOUND.exception("Function not found: arn:aws:lambda:" + caller.region() + ":"
                    + caller.accountId() + ":function:" + name);
        }
        return function;
    }
}
