package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One change to a valid request. Structural changes apply to the JSON tree or the Query parameters
 * before encoding; the others to the encoded bytes and the headers. Each is a record, so a failing
 * case prints what was done to it.
 */
sealed interface Mutation {

    /** Stands for a header left out (generators cannot hand out null). */
    String ABSENT = "(absent)";

    /** Applied before encoding. */
    default void structure(WireRequest request) {
    }

    /** Applied after encoding. */
    default void bytes(WireRequest request, int maxRequestBytes) {
    }

    /** Removes one member, anywhere in the tree, or one Query parameter. */
    record RemoveMember(int pick) implements Mutation {
        @Override
        public void structure(WireRequest request) {
            if (request.form != null) {
                pickKey(request.form, pick).ifPresent(request.form::remove);
            } else {
                pickMember(request.tree, pick, ObjectNode::remove);
            }
        }
    }

    /** Gives one member, anywhere in the tree, or one Query parameter a garbage value. */
    record ReplaceMember(int pick, Garbage value) implements Mutation {
        @Override
        public void structure(WireRequest request) {
            if (request.form != null) {
                pickKey(request.form, pick).ifPresent(key -> request.form.put(key, value.text()));
            } else {
                pickMember(request.tree, pick, (parent, name) -> parent.set(name, value.node()));
            }
        }
    }

    /** Adds a member the shape does not have, or a parameter with an odd name or index. */
    record AddMember(String name, Garbage value) implements Mutation {
        @Override
        public void structure(WireRequest request) {
            if (request.form != null) {
                request.form.put(name, value.text());
            } else if (request.tree instanceof ObjectNode object) {
                object.set(name, value.node());
            }
        }
    }

    /** A body whose top level is not an object. */
    record ReplaceRoot(Garbage value) implements Mutation {
        @Override
        public void structure(WireRequest request) {
            if (request.tree != null) {
                request.tree = value.node();
            }
        }
    }

    record Truncate(double fraction) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.body = Arrays.copyOf(request.body, (int) (request.body.length * fraction));
        }
    }

    record OverwriteByte(int pick, byte value) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            if (request.body.length > 0) {
                request.body[Math.floorMod(pick, request.body.length)] = value;
            }
        }
    }

    /** Bytes that are not UTF-8 (overlong, surrogate, truncated sequences), inserted anywhere. */
    record InsertBytes(int pick, byte[] inserted) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            int at = request.body.length == 0 ? 0 : Math.floorMod(pick, request.body.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(request.body, 0, at);
            out.writeBytes(inserted);
            out.write(request.body, at, request.body.length - at);
            request.body = out.toByteArray();
        }

        @Override
        public String toString() {
            return "InsertBytes[pick=" + pick + ", inserted=" + Arrays.toString(inserted) + "]";
        }
    }

    /** A body nested far deeper than any shape: arrays in JSON and CBOR, dotted names in Query. */
    record DeepNesting(int depth) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.body = switch (request.encoding) {
                case JSON -> ("{\"A\":" + "[".repeat(depth)).getBytes(StandardCharsets.UTF_8);
                case CBOR -> {
                    byte[] body = new byte[depth + 1];
                    Arrays.fill(body, (byte) 0x81); // an array of one element, depth times
                    body[depth] = 0x00;
                    yield body;
                }
                case QUERY -> ("Action=CreateQueue&" + "Attribute.1.".repeat(Math.min(depth, maxRequestBytes / 16))
                        + "Name=x").getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    /** One byte more than the server accepts. */
    record Oversize() implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.body = Arrays.copyOf(request.body, maxRequestBytes + 1);
        }
    }

    record EmptyBody() implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.body = new byte[0];
        }
    }

    /** A raw Query parameter that percent-decoding refuses or that decodes to invalid UTF-8. */
    record RawParameter(String raw) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            byte[] suffix = ("&" + raw).getBytes(StandardCharsets.ISO_8859_1);
            byte[] body = Arrays.copyOf(request.body, request.body.length + suffix.length);
            System.arraycopy(suffix, 0, body, request.body.length, suffix.length);
            request.body = body;
        }
    }

    record ContentType(String value) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.contentType = ABSENT.equals(value) ? null : value;
        }
    }

    record Target(String value) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.target = ABSENT.equals(value) ? null : value;
        }
    }

    record Method(String value) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.method = value;
        }
    }

    record Authorization(String value) implements Mutation {
        @Override
        public void bytes(WireRequest request, int maxRequestBytes) {
            request.authorization = ABSENT.equals(value) ? null : value;
        }
    }

    private static Optional<String> pickKey(Map<String, String> form, int pick) {
        List<String> keys = new ArrayList<>(form.keySet());
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(Math.floorMod(pick, keys.size())));
    }

    /** Calls {@code change} with one member, anywhere in the tree, that {@code pick} chooses. */
    private static void pickMember(JsonNode tree, int pick, BiConsumer<ObjectNode, String> change) {
        List<ObjectNode> parents = objects(tree);
        ObjectNode parent = parents.get(Math.floorMod(pick, parents.size()));
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            change.accept(parent, names.get(Math.floorMod(pick, names.size())));
        }
    }

    /** Every object in the tree, the root first. */
    private static List<ObjectNode> objects(JsonNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, objects);
        if (objects.isEmpty()) {
            objects.add(JsonNodeFactory.instance.objectNode());
        }
        return objects;
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collect(child, objects));
    }
}
