package dev.awsemulator.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A cluster's SCRAM-SHA-512 users (MSK's one mechanism), kept in its KRaft metadata through the admin API:
 * every user given is created or given its password, every other user is deleted.
 */
final class ScramUsers {

    /** Kafka's default and MSK's: enough iterations to resist guessing, cheap enough for a test's logins. */
    private static final int ITERATIONS = 4096;

    private ScramUsers() {
    }

    static void set(Admin admin, Map<String, String> passwordsByUser) {
        try {
            List<UserScramCredentialAlteration> alterations = new ArrayList<>();
            for (String existing : admin.describeUserScramCredentials().users().get()) {
                if (!passwordsByUser.containsKey(existing)) {
                    alterations.add(new UserScramCredentialDeletion(existing, ScramMechanism.SCRAM_SHA_512));
                }
            }
            passwordsByUser.forEach((user, password) -> alterations.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), password)));
            if (!alterations.isEmpty()) {
                admin.alterUserScramCredentials(alterations).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting SCRAM users", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set SCRAM users: " + KafkaNode.message(e), e);
        }
    }
}
