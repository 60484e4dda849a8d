package org.example.observable.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.platform.DatabaseUnavailableException;
import org.example.observable.web.Problem;

/** Log-in with a JSON body, or with the OAuth 2.0 password grant form that OpenAPI tools send. */
@ApplicationScoped
@Path("/login")
@Tag(name = "Authentication")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    @Inject
    LoginService loginService;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange e-mail and password for a bearer token")
    @APIResponse(responseCode = "200", description = "Access token")
    @APIResponse(responseCode = "400", description = "Missing fields")
    @APIResponse(responseCode = "401", description = "E-mail or password is incorrect")
    @APIResponse(responseCode = "429", description = "Too many failed log-ins for the account or from this address; see Retry-After")
    public TokenResponse login(@Valid @NotNull LoginRequest request) {
        return loginService.login(request.email(), request.password(), servletRequest.getRemoteAddr());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OAuth 2.0 password grant: username (the e-mail) and password")
    @APIResponse(responseCode = "200", description = "Access token")
    @APIResponse(responseCode = "400", description = "Missing fields")
    @APIResponse(responseCode = "401", description = "E-mail or password is incorrect")
    @APIResponse(responseCode = "429", description = "Too many failed log-ins for the account or from this address; see Retry-After")
    public TokenResponse loginWithForm(@FormParam("username") String username, @FormParam("password") String password) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add(new Problem.FieldError("username", "must not be blank"));
        }
        if (password == null || password.isEmpty()) {
            missing.add(new Problem.FieldError("password", "must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new IncompleteCredentialsException(missing);
        }
        return loginService.login(username, password, servletRequest.getRemoteAddr());
    }
}
