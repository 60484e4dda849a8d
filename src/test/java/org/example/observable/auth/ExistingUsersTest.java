package org.example.observable.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.example.observable.users.UserDeleted;
import org.example.observable.users.UserService;
import org.junit.jupiter.api.Test;

class ExistingUsersTest {

    /** The database as the cache sees it: which users exist, and how often it was asked. */
    private static final class Database extends UserService {
        final Set<Long> users = new HashSet<>();
        int lookups;

        @Override
        public boolean exists(long id) {
            lookups++;
            return users.contains(id);
        }
    }

    private final Database database = new Database();

    private ExistingUsers existingUsers(long rememberSeconds) {
        var existingUsers = new ExistingUsers();
        existingUsers.users = database;
        existingUsers.rememberSeconds = rememberSeconds;
        return existingUsers;
    }

    @Test
    void aUserFoundInTheDatabaseIsNotLookedUpAgainWhileRemembered() {
        database.users.add(7L);
        var existingUsers = existingUsers(60);

        assertTrue(existingUsers.exists(7));
        assertTrue(existingUsers.exists(7));
        assertTrue(existingUsers.exists(7));

        assertEquals(1, database.lookups, "database lookups");
    }

    @Test
    void aUserDeletedOnThisInstanceIsRefusedFromTheNextRequestOn() {
        database.users.add(7L);
        var existingUsers = existingUsers(60);
        assertTrue(existingUsers.exists(7));

        database.users.remove(7L);
        existingUsers.forget(new UserDeleted(7));

        assertFalse(existingUsers.exists(7));
    }

    @Test
    void aDeletionCommittedWhileAConcurrentRequestLookedTheUserUpIsForgottenAfterCompletion() {
        database.users.add(7L);
        var existingUsers = existingUsers(60);
        existingUsers.forget(new UserDeleted(7));
        assertTrue(existingUsers.exists(7), "the deletion is not committed yet: the user still exists");

        database.users.remove(7L);
        existingUsers.forgetAfterCompletion(new UserDeleted(7));

        assertFalse(existingUsers.exists(7));
    }

    @Test
    void usersThatDoNotExistAreNeverRemembered() {
        var existingUsers = existingUsers(60);

        assertFalse(existingUsers.exists(8));
        database.users.add(8L);
        assertTrue(existingUsers.exists(8), "a user created meanwhile is found");

        assertEquals(2, database.lookups, "database lookups");
    }

    @Test
    void zeroSecondsAsksTheDatabaseEveryTime() {
        database.users.add(7L);
        var existingUsers = existingUsers(0);

        existingUsers.exists(7);
        existingUsers.exists(7);

        assertEquals(2, database.lookups, "database lookups");
    }
}
