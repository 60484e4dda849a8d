package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.auth.CurrentUser;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/posts")
@Tag(name = "Posts")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Authenticated
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or invalid token")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    /** No regular expression: it would end up in http.route. A non-numeric id fails conversion to long: 404. */
    private static final String ID = "/{id}";

    @Inject
    PostService postService;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listPosts", summary = "A page of posts, newest first, optionally filtered by title")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "limit below 1 or skip below 0")
    public List<PostResponse> list(
            @Parameter(description = "1-100, default 10; larger values are capped at 100",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "10"))
            @QueryParam("limit") String limit,
            @Parameter(description = "posts to skip, default 0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("skip") String skip,
            @Parameter(description = "case-insensitive text the title contains") @QueryParam("search") String search) {
        return postService.list(PageRequest.of(limit, skip), search);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPost", summary = "Write a post")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new post's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid title or content")
    public Response create(@Valid @NotNull PostRequest request, @Context UriInfo uriInfo) {
        PostResponse post = postService.create(currentUser.id(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(post.id())).build())
                .entity(post)
                .build();
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getPost", summary = "A post with its vote count")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "No such post")
    public PostResponse get(@PathParam("id") long id) {
        return postService.view(id);
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePost", summary = "Replace one's own post")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid title or content")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such post")
    public PostResponse replace(@PathParam("id") long id, @Valid @NotNull PostRequest request) {
        return postService.replace(id, currentUser.id(), request);
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "deletePost", summary = "Delete one's own post")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such post")
    public void delete(@PathParam("id") long id) {
        postService.delete(id, currentUser.id());
    }
}
