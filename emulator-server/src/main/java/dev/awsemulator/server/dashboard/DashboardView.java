package dev.awsemulator.server.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One section of the dashboard: the JSON the page polls at {@code api/<name>}, and the script that renders
 * it. The script registers the section, with its titles, through {@code dashboard.section(..)} and reads
 * the page's helpers from {@code dashboard.ui}; the dashboard serves every section's script inside its own
 * one, each in a block of its own, so sections are added without editing the page.
 *
 * @param name     the section's id, its JSON's URL segment and, for sections scoped by account and
 *                 region, the member of its JSON that lists the items
 * @param renderer the section's script, read when the page's script is first served
 * @param data     the section's JSON, as plain records; read on a worker thread at every poll
 */
public record DashboardView(String name, Supplier<String> renderer, Supplier<Object> data) {

    /**
     * A section whose script is the resource {@code renderer} next to {@code owner}, read from the jar only when a
     * browser first asks for the page: a server start that is never looked at reads none of its resources.
     */
    public static DashboardView of(String name, Class<?> owner, String renderer, Supplier<Object> data) {
        return new DashboardView(name, () -> new String(resource(owner, renderer), StandardCharsets.UTF_8), data);
    }

    static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
