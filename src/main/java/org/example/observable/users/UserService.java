package org.example.observable.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.example.observable.platform.ConstraintViolation;
import org.example.observable.telemetry.metrics.ApplicationMetrics;

@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Event<UserRegistered> registered;

    @Inject
    Event<UserDeleted> deleted;

    @Inject
    ApplicationMetrics metrics;

    public User register(RegisterUserRequest request) {
        PasswordPolicy.check(request.password());
        if (users.existsByEmail(request.email())) {
            throw new EmailAlreadyRegisteredException();
        }
        User user = new User(request.email(), passwordHashing.hash(request.password()));
        try {
            users.add(user);
        } catch (PersistenceException e) {
            // Two registrations of one address can both pass the check above; the unique index decides.
            if (ConstraintViolation.UNIQUE.isCauseOf(e)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
        // The row is flushed: the insert succeeded. Observers of UserRegistered act only after the commit.
        metrics.userRegistered();
        registered.fire(new UserRegistered(user.getId(), user.getEmail()));
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(long id) {
        return users.findById(id).isPresent();
    }

    /** The id of the user with this e-mail and password, if they match; callers cannot tell which one did not. */
    public Optional<Long> authenticate(String email, String password) {
        Optional<User> user = users.findByEmail(email);
        if (user.isEmpty()) {
            passwordHashing.spendVerificationTime(password);
            return Optional.empty();
        }
        return passwordHashing.matches(password, user.get().getPasswordHash())
                ? Optional.of(user.get().getId())
                : Optional.empty();
    }

    public void delete(long id) {
        users.remove(get(id));
        deleted.fire(new UserDeleted(id));
    }
}
