package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.BatchAssociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.BatchAssociateScramSecretResult;
import dev.awsemulator.core.kafka.api.BatchDisassociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.BatchDisassociateScramSecretResult;
import dev.awsemulator.core.kafka.api.ListScramSecretsRequest;
import dev.awsemulator.core.kafka.api.ListScramSecretsResult;
import dev.awsemulator.core.kafka.api.UnprocessedScramSecret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * SASL/SCRAM users. On AWS a cluster's users are AWS Secrets Manager secrets holding a user name and a
 * password; with no Secrets Manager here, secrets are registered with the emulator (config file
 * {@code scramSecrets}, the JUnit extension, {@link KafkaService#registerScramSecret}) under a secret ARN, and
 * {@code BatchAssociateScramSecret} gives their users to a cluster's brokers as SCRAM-SHA-512 credentials.
 */
final class ScramSecrets {

    /** MSK requires its secrets' names to start so (AWS's rule, kept so that names that work here work there). */
    static final String NAME_PREFIX = "AmazonMSK_";
    private static final Pattern SECRET_ARN = Pattern.compile("arn:[a-z-]+:secretsmanager:[a-z0-9-]+:\\d{12}:secret:(.+)");
    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** A registered secret: the user name and password it holds. */
    record Secret(String arn, String username, String password) {
    }

    private final ClusterRegistry clusters;
    private final Map<String, Secret> registered = new ConcurrentHashMap<>();
    private final Consumer<Secret> secretChanged;
    private final Consumer<MskCluster> clusterChanged;

    ScramSecrets(ClusterRegistry clusters, Consumer<Secret> secretChanged, Consumer<MskCluster> clusterChanged) {
        this.clusters = clusters;
        this.secretChanged = secretChanged;
        this.clusterChanged = clusterChanged;
    }

    /**
     * Registers a secret: {@code nameOrArn} is either a full Secrets Manager ARN, kept as given, or a secret
     * name, which gets an ARN in the caller's account and region with AWS's random six-character suffix.
     * Registering an ARN again replaces its user name and password. Returns the ARN.
     */
    String register(Caller caller, String nameOrArn, String username, String password) {
        if (nameOrArn == null || nameOrArn.isBlank() || username == null || username.isEmpty() || password == null
                || password.isEmpty()) {
            throw new IllegalArgumentException("a SCRAM secret needs a name or ARN, a user name and a password");
        }
        String arn = nameOrArn.startsWith("arn:") ? nameOrArn : "arn:" + caller.partition() + ":secretsmanager:"
                + caller.region() + ":" + caller.accountId() + ":secret:" + nameOrArn + "-" + suffix();
        if (!SECRET_ARN.matcher(arn).matches()) {
            throw new IllegalArgumentException("not a Secrets Manager secret ARN: " + arn);
        }
        Secret secret = new Secret(arn, username, password);
        registered.put(arn, secret);
        secretChanged.accept(secret);
        return arn;
    }

    BatchAssociateScramSecretResult associate(Caller caller, BatchAssociateScramSecretRequest request) {
        MskCluster cluster = scramCluster(caller, request.clusterArn());
        List<String> arns = Checks.required(request.secretArnList(), "secretArnList");
        List<UnprocessedScramSecret> unprocessed = new ArrayList<>();
        synchronized (cluster) {
            for (String arn : arns) {
                Secret secret = registered.get(arn);
                if (secret == null) {
                    unprocessed.add(new UnprocessedScramSecret("SecretNotFound", "The secret " + arn + " does not"
                            + " exist. Register its user name and password with the emulator first.", arn));
                } else if (!secretName(arn).startsWith(NAME_PREFIX)) {
                    unprocessed.add(new UnprocessedScramSecret("InvalidSecretName", "The name of a secret you"
                            + " associate with a cluster must begin with " + NAME_PREFIX + ".", arn));
                } else {
                    cluster.scramSecretArns.add(arn);
                }
            }
            clusterChanged.accept(cluster);
        }
        return new BatchAssociateScramSecretResult(cluster.arn, unprocessed);
    }

    BatchDisassociateScramSecretResult disassociate(Caller caller, BatchDisassociateScramSecretRequest request) {
        MskCluster cluster = scramCluster(caller, request.clusterArn());
        List<String> arns = Checks.required(request.secretArnList(), "secretArnList");
        List<UnprocessedScramSecret> unprocessed = new ArrayList<>();
        synchronized (cluster) {
            for (String arn : arns) {
                if (!cluster.scramSecretArns.remove(arn)) {
                    unprocessed.add(new UnprocessedScramSecret("SecretNotAssociated", "The secret " + arn
                            + " is not associated with the cluster.", arn));
                }
            }
            clusterChanged.accept(cluster);
        }
        return new BatchDisassociateScramSecretResult(cluster.arn, unprocessed);
    }

    ListScramSecretsResult list(Caller caller, ListScramSecretsRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        List<String> arns;
        synchronized (cluster) {
            arns = cluster.scramSecretArns.stream().sorted().toList();
        }
        Page<String> page = Pages.page(arns, arn -> arn, request.maxResults(), request.nextToken());
        return new ListScramSecretsResult(page.nextToken(), page.items());
    }

    /** The users of the secrets associated with the cluster, name to password. Callers hold its monitor. */
    Map<String, String> users(MskCluster cluster) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String arn : cluster.scramSecretArns) {
            Secret secret = registered.get(arn);
            if (secret != null) {
                users.put(secret.username(), secret.password());
            }
        }
        return users;
    }

    List<Secret> all() {
        return List.copyOf(registered.values());
    }

    void add(Secret secret) {
        registered.put(secret.arn(), secret);
    }

    void clear() {
        registered.clear();
    }

    void removeIf(java.util.function.Predicate<Secret> condition) {
        registered.values().removeIf(condition);
    }

    private MskCluster scramCluster(Caller caller, String clusterArn) {
        MskCluster cluster = ClusterLifecycle.provisionedOnly(clusters.find(caller, clusterArn));
        synchronized (cluster) {
            if (!ClusterSecurity.scram(cluster.settings.clientAuthentication())) {
                throw KafkaError.BAD_REQUEST.exception("SASL/SCRAM authentication is not enabled for the cluster."
                        + " Enable it with UpdateSecurity first.", "clusterArn");
            }
        }
        return cluster;
    }

    /** The name part of a secret ARN, without AWS's random suffix. */
    static String secretName(String arn) {
        var matcher = SECRET_ARN.matcher(arn);
        return matcher.matches() ? matcher.group(1) : arn;
    }

    static String accountOf(String arn) {
        return arn.split(":", 6)[4];
    }

    /** Secrets Manager's random suffix of an ARN: a name, not a secret, so not worth a SecureRandom's set-up. */
    private static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(SUFFIX_ALPHABET.length())));
        }
        return suffix.toString();
    }
}
