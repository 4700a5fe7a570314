package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.config.ConfigApplier;
import dev.awsemulator.server.config.ConfigException;
import dev.awsemulator.server.config.ConfigReader;
import dev.awsemulator.server.config.EmulatorConfig;
import dev.awsemulator.server.faults.Faults;
import dev.awsemulator.server.faults.InvalidFaultException;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One emulator on a free port, with the handle of the class's account and, with account-per-test,
 * the accounts of the tests running now. Kept in JUnit's store as an {@link AutoCloseable}, so JUnit
 * closes it with the context that made it even if the extension's own clean-up never runs.
 */
final class RunningEmulator implements AutoCloseable {

    /** Test accounts count up from here: far from the default 000000000000 and from ids people type. */
    private static final long FIRST_TEST_ACCOUNT = 900_000_000_001L;

    private final Settings settings;
    private final EmulatorConfig config;
    private final EmulatorConfig declared;
    private final ManualClock manualClock;
    /** With virtual time only: ends synchronous calls that wait on a clock nobody advances. */
    private final StalledWaitGuard stalledWaits;
    private final Emulator emulator;
    private final EmulatorServer server;
    private final Journal journal = new Journal();
    /** The journals of the test accounts open now; requests of any other account go to {@link #journal}. */
    private final Map<String, Journal> testJournals = new ConcurrentHashMap<>();
    private final AtomicLong nextTestAccount = new AtomicLong(FIRST_TEST_ACCOUNT);
    private final AccountHandle classAccount;
    private final MskClusters clusters;

    private RunningEmulator(Settings settings, EmulatorConfig config, EmulatorConfig declared) {
        this.settings = settings;
        this.config = config;
        this.declared = declared;
        this.manualClock = settings.virtualTime() ? new ManualClock(settings.virtualTimeStart()) : null;
        Emulator.Builder builder = Emulator.builder().clock(manualClock).sqsOptions(settings.sqsOptions());
        this.emulator = (settings.maxRetainedBytes() > 0 ? builder.maxRetainedBytes(settings.maxRetainedBytes())
                : builder).build();
        this.stalledWaits = manualClock == null ? null : new StalledWaitGuard(emulator, manualClock);
        this.server = EmulatorServer.builder().port(0).region(settings.region()).account(settings.accountId())
                .emulator(emulator).requestListener(this::record).afterReset(this::afterReset).start();
        this.clusters = new MskClusters(emulator);
        this.classAccount = new AccountHandle(this, new ResourceAddresses(settings.accountId(), settings.region(),
                server.endpoint()), journal);
    }

    /**
     * Starts the emulator; a config file is looked up with {@code loader} (the test class's). The file and
     * the declared resources are read and checked as the dev server reads its file, before anything starts.
     */
    static RunningEmulator start(Settings settings, ClassLoader loader) {
        EmulatorConfig config;
        EmulatorConfig declared;
        try {
            ConfigReader reader = EmulatorServer.configReader();
            config = settings.config().isEmpty() ? EmulatorConfig.EMPTY
                    : reader.readResourceOrFile(settings.config(), loader);
            declared = reader.declared(settings.resources(), config);
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        RunningEmulator running = new RunningEmulator(settings, config, declared);
        try {
            running.populate(running.classAccount.addresses());
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    Settings settings() {
        return settings;
    }

    /** The account of the class's handle, which constructors and {@code @BeforeAll} methods receive. */
    AccountHandle classAccount() {
        return classAccount;
    }

    URI endpoint() {
        return server.endpoint();
    }

    int port() {
        return server.port();
    }

    /**
     * A fresh account with the config file's and the declared resources, for one test; its requests are
     * journaled apart. Closing the handle deletes the account.
     */
    AccountHandle openTestAccount() {
        String accountId;
        do {
            accountId = String.valueOf(nextTestAccount.getAndIncrement());
        } while (accountId.equals(settings.accountId()));
        Journal own = new Journal();
        testJournals.put(accountId, own);
        AccountHandle account = new AccountHandle(this, new ResourceAddresses(accountId, settings.region(), endpoint()),
                own);
        try {
            populate(account.addresses());
        } catch (RuntimeException e) {
            account.close();
            throw e;
        }
        return account;
    }

    /** A handle was closed: a test's account goes with every resource and fault rule in it; the class's stays. */
    void closed(AccountHandle account) {
        if (account != classAccount) {
            deleteAccount(account);
            testJournals.remove(account.accountId());
        }
    }

    private void deleteAccount(AccountHandle account) {
        emulator.deleteAccount(account.accountId());
        faults(account).clear();
    }

    private void record(HandledRequest request) {
        testJournals.getOrDefault(request.accountId(), journal).add(request);
    }

    /** Null when virtual time is off. */
    StalledWaitGuard stalledWaits() {
        return stalledWaits;
    }

    MskClusters clusters() {
        return clusters;
    }

    VirtualClock clock() {
        if (manualClock == null) {
            throw new IllegalStateException("Virtual time is off for this emulator: use "
                    + "@AwsEmulatorTest(virtualTime = true) or AwsEmulatorExtension.builder().virtualTime().");
        }
        return new VirtualClock(manualClock);
    }

    /** The clock as a parameter: the same message as {@link #clock()}, as JUnit expects it. */
    VirtualClock clockParameter() {
        try {
            return clock();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException("Cannot inject VirtualClock: " + e.getMessage());
        }
    }

    /**
     * Without account-per-test, the class's handle resets the whole emulator. Otherwise only the handle's
     * account starts over, since other tests may be using theirs right now.
     */
    void reset(AccountHandle account) {
        if (account == classAccount && !settings.accountPerTest()) {
            server.reset();
        } else {
            deleteAccount(account);
            account.journal().clear();
            populate(account.addresses());
        }
    }

    /** After the server's reset, from here or from {@code POST /_emulator/reset}: a fresh journal and the class's resources. */
    private void afterReset() {
        journal.clear();
        populate(classAccount.addresses());
    }

    /**
     * The config file's resources and fault rules, then the declared ones, which may name the file's, in the
     * account of {@code addresses}.
     */
    private void populate(ResourceAddresses addresses) {
        ConfigApplier applier = server.configApplier(addresses.caller());
        try {
            applier.apply(config);
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("The config file " + settings.config() + " is invalid: "
                    + e.getMessage(), e);
        }
        try {
            applier.apply(declared);
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("A declared resource is invalid: " + e.getMessage(), e);
        }
        Faults faults = server.faults(addresses.caller());
        try {
            settings.faults().forEach(faults::add);
        } catch (InvalidFaultException e) {
            throw new ExtensionConfigurationException("A declared fault is invalid: " + e.getMessage(), e);
        }
    }

    /** The fault rules for the calls of the handle's account. */
    Faults faults(AccountHandle account) {
        return server.faults(account.addresses().caller());
    }

    MqBroker mqBroker(Caller caller, String brokerName) {
        return DeclaredBroker.running(emulator.service(MqService.class), caller, brokerName);
    }

    /** With account-per-test a handle shows its own account's published messages only, as its requests. */
    Inspection inspect(AccountHandle account) {
        return new Inspection(emulator, names(account.addresses()), account.addresses().caller(), account.journal(),
                settings.accountPerTest());
    }

    /** Addresses of the resources these addresses' account holds, refusing names it does not. */
    CheckedNames names(ResourceAddresses addresses) {
        return new CheckedNames(emulator, addresses);
    }

    /** Clients first, so none of them talks to a closed port; then the server and its emulator. */
    @Override
    public void close() {
        try {
            classAccount.close();
        } finally {
            if (stalledWaits != null) {
                stalledWaits.close();
            }
            server.close();
            emulator.close();
        }
    }

    @Override
    public String toString() {
        return classAccount.toString();
    }
}
