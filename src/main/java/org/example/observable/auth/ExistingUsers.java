package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.users.UserDeleted;
import org.example.observable.users.UserService;

/**
 * Whether the user a valid token names still exists, without a database query on every request: a user found in
 * the database is remembered for {@code auth.user.cache.seconds} (0 = always ask the database). A deletion on this
 * instance forgets the user at once, so its token is refused from the next request on; on other instances it is
 * refused at the latest when their memory of it expires. Users not found are never remembered.
 */
@ApplicationScoped
public class ExistingUsers {

    /** Bounds the memory: beyond this many remembered users it starts afresh (one query per user again). */
    static final int MAX_REMEMBERED = 100_000;

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = "auth.user.cache.seconds", defaultValue = "5")
    long rememberSeconds;

    private final ConcurrentHashMap<Long, Long> confirmedUntilNanos = new ConcurrentHashMap<>();

    public boolean exists(long userId) {
        Long until = confirmedUntilNanos.get(userId);
        long now = System.nanoTime();
        if (until != null && now - until < 0) {
            return true;
        }
        if (!users.exists(userId)) {
            confirmedUntilNanos.remove(userId);
            return false;
        }
        if (rememberSeconds > 0) {
            if (confirmedUntilNanos.size() >= MAX_REMEMBERED) {
                confirmedUntilNanos.clear();
            }
            confirmedUntilNanos.put(userId, now + TimeUnit.SECONDS.toNanos(rememberSeconds));
        }
        return true;
    }

    /**
     * Whether the user was found in the database within the last {@code auth.user.cache.seconds}; never asks it. Public:
     * the bearer-token filter calls it through the bean's CDI proxy on every request, which would call a package-private
     * method by reflection.
     */
    public boolean confirmed(long userId) {
        Long until = confirmedUntilNanos.get(userId);
        return until != null && System.nanoTime() - until < 0;
    }

    /** In the deletion transaction: from now on this instance asks the database again. */
    void forget(@Observes UserDeleted deleted) {
        confirmedUntilNanos.remove(deleted.userId());
    }

    /** After it: a request that looked the user up while the deletion was not yet committed remembered it. */
    void forgetAfterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserDeleted deleted) {
        confirmedUntilNanos.remove(deleted.userId());
    }
}
