package org.example.observable.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The API as an enterprise Java client declares it: a MicroProfile Rest Client interface with its own records, written
 * from the contract (README, {@code /openapi}), not from the server's classes. The base URL is configuration
 * ({@link ApiClients}); errors arrive as {@link ProblemException}. In a CDI application the same interface is injected
 * with {@code @RestClient} and configured under {@code observable-api/mp-rest/url}.
 */
@RegisterRestClient(configKey = "observable-api")
@RegisterProvider(SnakeCaseJson.class)
@RegisterProvider(ProblemException.Mapper.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ObservableApi extends AutoCloseable {

    record Registration(String email, String password) {
    }

    record User(long id, String email, OffsetDateTime createdAt) {
    }

    record Credentials(String email, String password) {
    }

    record Token(String accessToken, String tokenType, long expiresIn) {
    }

    record NewPost(String title, String content, Boolean published) {
    }

    record Post(long id, String title, String content, boolean published, OffsetDateTime createdAt, long ownerId,
                User owner, long votes) {
    }

    record Vote(long postId, boolean voted) {
    }

    record NewProduct(String name, BigDecimal price, int stock) {
    }

    record Product(long id, String name, BigDecimal price, int stock) {
    }

    record NewOrder(long productId, int quantity, String paymentMethod, String orderType) {
    }

    record Order(long id, long productId, int quantity, BigDecimal amount, String orderType, String paymentMethod,
                 String status, String paymentTransactionId) {
    }

    @POST
    @Path("users")
    User register(Registration registration);

    @POST
    @Path("login")
    Token login(Credentials credentials);

    @GET
    @Path("users/me")
    User me();

    @POST
    @Path("posts")
    Post createPost(NewPost post);

    @GET
    @Path("posts/{id}")
    Post post(@PathParam("id") long id);

    @POST
    @Path("votes")
    Vote vote(Vote vote);

    @GET
    @Path("products")
    List<Product> products();

    @POST
    @Path("products")
    Product createProduct(NewProduct product);

    @POST
    @Path("orders")
    Order placeOrder(NewOrder order);

    @GET
    @Path("orders/{id}")
    Order order(@PathParam("id") long id);
}
