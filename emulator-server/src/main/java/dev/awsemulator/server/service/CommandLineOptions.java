package dev.awsemulator.server.service;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A service's options on the dev server's command line: the options type its core service reads from the emulator's
 * builder, the value a server on a given host starts from, and the flags (each also an environment variable) that
 * change it. The command line lists every module's flags, parses them and hands each service its options.
 *
 * @param type    the core service's options type, as {@code Emulator.Builder.options} takes it
 * @param forHost the options of a server listening on this host before any flag changes them (brokers bind the
 *                server's host)
 * @param flags   the service's flags, in the order {@code --help} lists them
 * @param <O>     the options type
 */
public record CommandLineOptions<O>(Class<O> type, Function<String, O> forHost, List<Flag<O>> flags) {

    public CommandLineOptions {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(forHost, "forHost");
        flags = List.copyOf(flags);
    }

    /**
     * One flag. {@code valueName} is null for a switch, which takes no value on the command line and {@code true} or
     * {@code false} in its environment variable. {@code parse} turns the flag's text into the change it makes to the
     * options, and refuses a bad value with an {@link IllegalArgumentException} whose message names the flag and says
     * what it takes.
     */
    public record Flag<O>(String flag, String valueName, String env, String defaultText, String help,
                          Function<String, UnaryOperator<O>> parse) {
    }
}
