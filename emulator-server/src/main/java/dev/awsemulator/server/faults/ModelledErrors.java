package dev.awsemulator.server.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors each operation may answer with: those its service's model lists for it, read from a table
 * generated from the AWS models ({@code modelled-errors.txt}, written by {@code src/build/modelled_errors.py}),
 * and those every AWS call may get whatever its model says (AWS's "Common Errors", and the Query protocol's
 * spellings of throttling and internal errors).
 */
final class ModelledErrors {

    /** Errors common to the API actions of all AWS services, with the statuses AWS documents. */
    static final List<FaultError> COMMON = List.of(
            common("AccessDeniedException", 400),
            common("IncompleteSignature", 400),
            common("InternalFailure", 500),
            common("InternalError", 500),
            common("InvalidAction", 400),
            common("InvalidClientTokenId", 403),
            common("NotAuthorized", 400),
            common("OptInRequired", 403),
            common("RequestExpired", 400),
            common("ServiceUnavailable", 503),
            common("Throttling", 400),
            common("ThrottlingException", 400),
            common("ValidationError", 400));

    private static final ModelledErrors TABLE = read("modelled-errors.txt");

    /** Per service (signing name), per operation, its modelled errors in the model's order. */
    private final Map<String, Map<String, List<FaultError>>> errors;

    private ModelledErrors(Map<String, Map<String, List<FaultError>>> errors) {
        this.errors = errors;
    }

    /** The errors an operation may answer with: its model's, then the common ones its model does not repeat. */
    static List<FaultError> of(String service, String operation) {
        List<FaultError> all = new ArrayList<>(TABLE.errors.getOrDefault(service, Map.of())
                .getOrDefault(operation, List.of()));
        COMMON.stream().filter(common -> all.stream().noneMatch(modelled -> modelled.isCalled(common.code())))
                .forEach(all::add);
        return all;
    }

    private static FaultError common(String code, int status) {
        return new FaultError(code, code, status, status < 500);
    }

    private static ModelledErrors read(String resource) {
        try (InputStream in = ModelledErrors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelledErrors parse(List<String> lines) {
        Map<String, Map<String, List<FaultError>>> byService = new HashMap<>();
        Map<String, FaultError> shapes = new HashMap<>();
        Map<String, List<FaultError>> operations = null;
        for (String line : lines) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "service" -> {
                    shapes.clear();
                    operations = new LinkedHashMap<>();
                    byService.put(words[1], operations);
                }
                case "error" -> shapes.put(words[1], new FaultError(words[1], words[2], Integer.parseInt(words[3]),
                        words[4].equals("Sender")));
                case "operation" -> {
                    List<FaultError> modelled = new ArrayList<>();
                    for (int i = 2; i < words.length; i++) {
                        modelled.add(shapes.get(words[i]));
                    }
                    operations.put(words[1], List.copyOf(modelled));
                }
                default -> {
                    // comments
                }
            }
        }
        return new ModelledErrors(byService);
    }
}
