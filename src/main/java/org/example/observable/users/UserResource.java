package org.example.observable.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.auth.CurrentUser;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/users")
@Tag(name = "Users")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService userService;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerUser", summary = "Register a user")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new user's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid e-mail or password")
    @APIResponse(responseCode = "409", description = "E-mail already registered")
    public Response register(@Valid @NotNull RegisterUserRequest request, @Context UriInfo uriInfo) {
        User user = userService.register(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(user.getId())).build())
                .entity(UserResponse.of(user))
                .build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getCurrentUser", summary = "The authenticated user")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    public UserResponse me() {
        return UserResponse.of(userService.get(currentUser.id()));
    }

    @DELETE
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteCurrentUser", summary = "Delete the authenticated user with their posts and votes")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    public void deleteMe() {
        userService.delete(currentUser.id());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getUser",
            summary = "A user by id: only one's own account (another user's is not found, like a missing one)")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    @APIResponse(responseCode = "404", description = "No such user, or not the caller's account")
    public UserResponse get(@PathParam("id") long id) {
        if (id != currentUser.id()) {
            throw new UserNotFoundException(id);
        }
        return UserResponse.of(userService.get(id));
    }
}
