package dev.awsemulator.core.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link ServiceStorage} of each service of one emulator, closed with it. */
public final class ServiceStorages implements AutoCloseable {

    private final Path dataDirectory;
    private final Map<String, ServiceStorage> byService = new ConcurrentHashMap<>();

    /** {@code dataDirectory} null: every service's files are temporary. */
    public ServiceStorages(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public ServiceStorage of(String service) {
        return byService.computeIfAbsent(service, name -> new ServiceStorage(dataDirectory, name));
    }

    /** Deletes the temporary files of every service. */
    @Override
    public void close() {
        byService.values().forEach(ServiceStorage::close);
    }
}
