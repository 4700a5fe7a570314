package dev.awsemulator.server.cli;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.service.CommandLineOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Level;

/** Everything the command line and the environment can set, with the defaults of a plain {@code java -jar}. */
public final class DevServerOptions {

    String host = "127.0.0.1";
    int port = 4566;
    String region = Caller.DEFAULT_REGION;
    String account = Caller.DEFAULT_ACCOUNT;
    Path config;
    Path dataDir;
    Level logLevel = Level.WARNING;
    long maxRetainedBytes;
    final Map<String, String> signingCredentials = new LinkedHashMap<>();
    boolean help;
    private final List<CommandLineOptions<?>> services;
    /** What the services' flags changed, in the order they were read (the environment's first). */
    private final List<Change<?>> changes = new ArrayList<>();

    DevServerOptions(List<CommandLineOptions<?>> services) {
        this.services = services;
    }

    <O> void change(CommandLineOptions<O> service, UnaryOperator<O> change) {
        changes.add(new Change<>(service, change));
    }

    /** Access key id to secret key; empty when signatures are not checked. */
    public Map<String, String> signingCredentials() {
        return Map.copyOf(signingCredentials);
    }

    /** Where state survives restarts; null keeps it in memory only. */
    public Path dataDir() {
        return dataDir;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /** The config file, null when none was given. */
    public Path config() {
        return config;
    }

    public Level logLevel() {
        return logLevel;
    }

    /** Every service's options the command line set, for {@code Emulator.Builder.options}. */
    public List<Object> serviceOptions() {
        return services.stream().<Object>map(this::options).toList();
    }

    /** The options of this type the command line set (its service's defaults for this host where it set none). */
    public <O> O serviceOptions(Class<O> type) {
        return services.stream().filter(service -> service.type() == type).findFirst()
                .map(service -> type.cast(options(service)))
                .orElseThrow(() -> new IllegalArgumentException("no service takes " + type.getName()));
    }

    private <O> O options(CommandLineOptions<O> service) {
        O options = service.forHost().apply(host);
        for (Change<?> change : changes) {
            options = change.applyTo(service, options);
        }
        return options;
    }

    /** A change one flag made to one service's options. */
    private record Change<O>(CommandLineOptions<O> service, UnaryOperator<O> change) {

        <T> T applyTo(CommandLineOptions<T> target, T current) {
            return target == service ? target.type().cast(change.apply(service.type().cast(current))) : current;
        }
    }

    /** The bound on retained messages and records in bytes; 0 leaves the emulator's default. */
    public long maxRetainedBytes() {
        return maxRetainedBytes;
    }

    /** True when {@code --help} was asked for: print the usage and start nothing. */
    public boolean help() {
        return help;
    }
}
