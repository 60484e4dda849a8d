package org.example.observable.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.example.observable.contract.api.AuthenticationApi;
import org.example.observable.contract.api.OrdersApi;
import org.example.observable.contract.api.PostsApi;
import org.example.observable.contract.api.ProductsApi;
import org.example.observable.contract.api.UsersApi;
import org.example.observable.contract.api.VotesApi;
import org.example.observable.contract.invoker.ApiClient;
import org.example.observable.contract.invoker.ApiException;
import org.example.observable.contract.model.LoginRequest;
import org.example.observable.contract.model.OrderRequest;
import org.example.observable.contract.model.OrderResponse;
import org.example.observable.contract.model.OrderStatus;
import org.example.observable.contract.model.PostRequest;
import org.example.observable.contract.model.PostResponse;
import org.example.observable.contract.model.Problem;
import org.example.observable.contract.model.ProductRequest;
import org.example.observable.contract.model.ProductResponse;
import org.example.observable.contract.model.RegisterUserRequest;
import org.example.observable.contract.model.TokenResponse;
import org.example.observable.contract.model.UserResponse;
import org.example.observable.contract.model.VoteRequest;
import org.example.observable.contract.model.VoteResponse;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The client generated during this build from the server's own {@code /openapi} (pom.xml, openapi-generator, library
 * native) against the same server: if the document names a path, body, field or status the API does not have, this
 * does not compile or fails. Unknown JSON properties fail too, so a field the document leaves out is caught.
 */
class GeneratedClientIT {

    private static final String PASSWORD = "s3cret-Passw0rd";

    @Test
    void theGeneratedClientRegistersLogsInPostsVotesAndOrders() throws ApiException {
        ApiClient anonymous = client(null);
        String email = "generated-" + UUID.randomUUID() + "@example.com";
        UserResponse user = new UsersApi(anonymous).registerUser(new RegisterUserRequest().email(email).password(PASSWORD));
        TokenResponse token = new AuthenticationApi(anonymous).login(new LoginRequest().email(email).password(PASSWORD));
        assertAll(
                () -> assertEquals(email, user.getEmail(), "email"),
                () -> assertTrue(user.getId() > 0, "id " + user.getId()),
                () -> assertTrue(user.getCreatedAt() != null, "created_at"),
                () -> assertEquals("Bearer", token.getTokenType(), "token_type"),
                () -> assertEquals(3600L, token.getExpiresIn(), "expires_in"));

        ApiClient authenticated = client(token.getAccessToken());
        assertEquals(user, new UsersApi(authenticated).getCurrentUser(), "users/me");

        PostsApi posts = new PostsApi(authenticated);
        PostResponse post = posts.createPost(new PostRequest().title("Generated").content("from the live document"));
        assertAll(
                () -> assertEquals("Generated", post.getTitle(), "title"),
                () -> assertEquals(true, post.getPublished(), "published by default"),
                () -> assertEquals(user.getId(), post.getOwnerId(), "owner_id"),
                () -> assertEquals(user, post.getOwner(), "owner"),
                () -> assertEquals(0L, post.getVotes(), "votes"));

        VoteResponse vote = new VotesApi(authenticated).vote(new VoteRequest().postId(post.getId()).voted(true));
        assertAll(
                () -> assertEquals(post.getId(), vote.getPostId(), "post_id"),
                () -> assertEquals(true, vote.getVoted(), "voted"),
                () -> assertEquals(1L, posts.getPost(post.getId()).getVotes(), "votes after voting"));
        List<PostResponse> page = posts.listPosts(1, post.getTitle(), 0);
        assertTrue(page.size() == 1, "a page of 1 with limit=1: " + page.size());

        ProductsApi products = new ProductsApi(authenticated);
        ProductResponse product = products.createProduct(new ProductRequest()
                .name("generated-" + UUID.randomUUID()).price(new BigDecimal("4.25")).stock(3));
        OrderResponse order = new OrdersApi(authenticated).placeOrder(new OrderRequest()
                .productId(product.getId()).quantity(2).paymentMethod("card").orderType("standard"));
        assertAll(
                () -> assertEquals(OrderStatus.PAID, order.getStatus(), "status"),
                () -> assertEquals(0, new BigDecimal("8.50").compareTo(order.getAmount()), "amount " + order.getAmount()),
                () -> assertEquals(product.getId(), order.getProductId(), "product_id"),
                () -> assertTrue(order.getPaymentTransactionId().startsWith("txn_"), "payment_transaction_id"),
                () -> assertEquals(order, new OrdersApi(authenticated).getOrder(order.getId()), "the order read back"),
                () -> assertEquals(1, products.listProducts().stream().filter(p -> p.getId().equals(product.getId()))
                        .findFirst().orElseThrow().getStock(), "stock after ordering 2 of 3"));
    }

    @Test
    void anErrorIsTheDocumentedProblem() throws Exception {
        ApiClient anonymous = client(null);
        String email = "generated-" + UUID.randomUUID() + "@example.com";
        UsersApi users = new UsersApi(anonymous);
        users.registerUser(new RegisterUserRequest().email(email).password(PASSWORD));

        ApiException conflict = assertThrows(ApiException.class,
                () -> users.registerUser(new RegisterUserRequest().email(email).password(PASSWORD)));
        Problem problem = anonymous.getObjectMapper().readValue(conflict.getResponseBody(), Problem.class);
        assertAll(
                () -> assertEquals(409, conflict.getCode(), "status"),
                () -> assertEquals("application/problem+json",
                        conflict.getResponseHeaders().firstValue("Content-Type").orElse(null), "Content-Type"),
                () -> assertEquals(409, problem.getStatus(), "problem status"),
                () -> assertEquals("Conflict", problem.getTitle(), "problem title"),
                () -> assertEquals("/api/users", problem.getInstance(), "problem instance"),
                () -> assertEquals(List.of(), problem.getErrors(), "no field errors"));
    }

    /** A client of the test server; unknown JSON properties fail, so the document must name every field the API sends. */
    private static ApiClient client(String token) {
        ServiceUnderTest.ready();
        ApiClient client = new ApiClient();
        client.updateBaseUri(ServiceUnderTest.baseUri());
        client.setObjectMapper(ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
