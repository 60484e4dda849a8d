package org.example.observable.bulkimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.auth.CurrentUser;
import org.example.observable.platform.DatabaseUnavailableException;
import org.example.observable.posts.PostRequest;
import org.example.observable.web.OwnBodyLimit;

@ApplicationScoped
@Path("/posts/import")
@Tag(name = "Posts")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PostImportResource {

    @Inject
    PostImportService importService;

    @Inject
    CurrentUser currentUser;

    @POST
    @ImportBodyLimit
    @OwnBodyLimit
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPosts", summary = "Import up to 10,000 posts written by the caller",
            description = "Each post is checked like POST /api/posts; invalid posts are skipped and listed in `errors`"
                    + " by their 0-based index, valid ones are imported. Posts are written in chunks of 100, each chunk"
                    + " in its own transaction: a chunk that fails in the database rolls back alone (its posts are"
                    + " listed as failed), the chunks before and after it stay imported. The whole import is never"
                    + " rolled back as one.")
    @APIResponse(responseCode = "200", description = "Processed: counts of imported and failed posts, with the errors")
    @APIResponse(responseCode = "400", description = "The body is not a JSON array")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    @APIResponse(responseCode = "413", description = "More than 10,000 posts or more than 32 MiB")
    public ImportReport importPosts(@NotNull List<PostRequest> posts) {
        return importService.importPosts(currentUser.id(), posts);
    }
}
