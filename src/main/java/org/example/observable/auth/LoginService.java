package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.example.observable.users.UserService;

@ApplicationScoped
@Transactional
public class LoginService {

    @Inject
    UserService userService;

    @Inject
    TokenService tokenService;

    public TokenResponse login(String email, String password) {
        long userId = userService.authenticate(email, password).orElseThrow(InvalidCredentialsException::new);
        return TokenResponse.bearer(tokenService.issue(userId));
    }
}
