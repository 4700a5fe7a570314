package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.DescribeUserResult;
import dev.awsemulator.core.mq.api.ListUsersRequest;
import dev.awsemulator.core.mq.api.ListUsersResult;
import dev.awsemulator.core.mq.api.UpdateUserRequest;
import dev.awsemulator.core.mq.api.UserPendingChanges;
import dev.awsemulator.core.mq.api.UserSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The user API of ActiveMQ brokers. A change is pending until the broker reboots, as on Amazon MQ: the
 * broker keeps letting in each user as it was. RabbitMQ brokers manage their users themselves, so the
 * API refuses them.
 */
final class BrokerUsers {

    private final BrokerRegistry registry;
    private final Consumer<Broker> changed;

    BrokerUsers(BrokerRegistry registry, Consumer<Broker> changed) {
        this.registry = registry;
        this.changed = changed;
    }

    void create(Caller caller, CreateUserRequest request) {
        Broker broker = activeMq(caller, request.brokerId());
        MqValidation.username(broker.engine, request.username());
        MqValidation.password(request.password());
        List<String> groups = MqValidation.groups(request.groups());
        synchronized (broker) {
            if (broker.users.containsKey(request.username())) {
                throw MqError.CONFLICT.exception("username", "User [" + request.username()
                        + "] already exists on broker [" + broker.id + "].");
            }
            if (broker.users.size() >= MqValidation.MAX_USERS) {
                throw MqError.BAD_REQUEST.exception("username", "A broker can have at most " + MqValidation.MAX_USERS
                        + " users.");
            }
            broker.users.put(request.username(), new BrokerUser(request.username(), null, BrokerUser.Change.CREATE,
                    new BrokerUser.Settings(request.password(), Boolean.TRUE.equals(request.consoleAccess()), groups,
                            Boolean.TRUE.equals(request.replicationUser()))));
        }
        changed.accept(broker);
    }

    void update(Caller caller, UpdateUserRequest request) {
        Broker broker = activeMq(caller, request.brokerId());
        if (request.password() != null) {
            MqValidation.password(request.password());
        }
        List<String> groups = request.groups() == null ? null : MqValidation.groups(request.groups());
        synchronized (broker) {
            BrokerUser user = user(broker, request.username());
            if (user.pendingChange == BrokerUser.Change.DELETE) {
                throw MqError.CONFLICT.exception("username", "User [" + user.username
                        + "] is pending deletion on broker [" + broker.id + "].");
            }
            BrokerUser.Settings latest = user.latest();
            user.pendingSettings = new BrokerUser.Settings(
                    request.password() != null ? request.password() : latest.password(),
                    request.consoleAccess() != null ? request.consoleAccess() : latest.consoleAccess(),
                    groups != null ? groups : latest.groups(),
                    request.replicationUser() != null ? request.replicationUser() : latest.replicationUser());
            if (user.pendingChange == null) {
                user.pendingChange = BrokerUser.Change.UPDATE;
            }
        }
        changed.accept(broker);
    }

    void delete(Caller caller, String brokerId, String username) {
        Broker broker = activeMq(caller, brokerId);
        synchronized (broker) {
            BrokerUser user = user(broker, username);
            if (user.applied == null) {
                broker.users.remove(username);
            } else {
                user.pendingChange = BrokerUser.Change.DELETE;
                user.pendingSettings = null;
            }
        }
        changed.accept(broker);
    }

    DescribeUserResult describe(Caller caller, String brokerId, String username) {
        Broker broker = activeMq(caller, brokerId);
        synchronized (broker) {
            BrokerUser user = user(broker, username);
            BrokerUser.Settings applied = user.applied;
            UserPendingChanges pending = user.pendingChange == null ? null : new UserPendingChanges(
                    user.pendingSettings == null ? null : user.pendingSettings.consoleAccess(),
                    user.pendingSettings == null ? null : user.pendingSettings.groups(), user.pendingChange.name());
            return new DescribeUserResult(broker.id, applied == null ? null : applied.consoleAccess(),
                    applied == null ? null : applied.groups(), pending, user.username,
                    applied == null ? null : applied.replicationUser());
        }
    }

    ListUsersResult list(Caller caller, ListUsersRequest request) {
        Broker broker = activeMq(caller, request.brokerId());
        int size = MqValidation.maxResults(request.maxResults(), 100);
        List<UserSummary> users;
        synchronized (broker) {
            users = summaries(broker);
        }
        Page<UserSummary> page = Page.of(users, request.nextToken(), size, UserSummary::username, MqText::invalidToken);
        return new ListUsersResult(broker.id, size, page.nextToken(), page.items());
    }

    /** The users as DescribeBroker lists them, with their pending change. Call holding the broker's monitor. */
    static List<UserSummary> summaries(Broker broker) {
        List<UserSummary> users = new ArrayList<>();
        for (BrokerUser user : broker.users.values()) {
            users.add(new UserSummary(user.pendingChange == null ? null : user.pendingChange.name(), user.username));
        }
        return users;
    }

    private Broker activeMq(Caller caller, String brokerId) {
        Broker broker = registry.find(caller, brokerId);
        if (broker.engine != EngineType.ACTIVEMQ) {
            throw MqError.BAD_REQUEST.exception("broker-id", "The user API is not supported for engine type"
                    + " [RABBITMQ]. Manage the users of broker [" + broker.id + "] with RabbitMQ itself.");
        }
        return broker;
    }

    private static BrokerUser user(Broker broker, String username) {
        BrokerUser user = broker.users.get(username);
        if (user == null) {
            throw MqError.NOT_FOUND.exception("username", "Can't find requested user [" + username
                    + "]. Make sure your user exists.");
        }
        return user;
    }
}
