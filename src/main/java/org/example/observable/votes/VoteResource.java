package org.example.observable.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.auth.CurrentUser;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/votes")
@Tag(name = "Votes")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Inject
    VoteService voteService;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "vote", summary = "Vote for a post (voted: true) or take the vote back (voted: false)")
    @APIResponse(responseCode = "201", description = "Vote cast",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteResponse.class)))
    @APIResponse(responseCode = "200", description = "Vote taken back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VoteResponse.class)))
    @APIResponse(responseCode = "400", description = "post_id or voted missing")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    @APIResponse(responseCode = "404", description = "No such post, or no vote to take back")
    @APIResponse(responseCode = "409", description = "Already voted for this post")
    public Response vote(@Valid @NotNull VoteRequest request) {
        if (request.voted()) {
            voteService.cast(currentUser.id(), request.postId());
            return Response.status(Response.Status.CREATED).entity(new VoteResponse(request.postId(), true)).build();
        }
        voteService.withdraw(currentUser.id(), request.postId());
        return Response.ok(new VoteResponse(request.postId(), false)).build();
    }
}
