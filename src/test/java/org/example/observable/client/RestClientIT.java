package org.example.observable.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.UUID;
import org.example.observable.client.ObservableApi.Credentials;
import org.example.observable.client.ObservableApi.NewOrder;
import org.example.observable.client.ObservableApi.NewPost;
import org.example.observable.client.ObservableApi.NewProduct;
import org.example.observable.client.ObservableApi.Order;
import org.example.observable.client.ObservableApi.Post;
import org.example.observable.client.ObservableApi.Product;
import org.example.observable.client.ObservableApi.Registration;
import org.example.observable.client.ObservableApi.Token;
import org.example.observable.client.ObservableApi.User;
import org.example.observable.client.ObservableApi.Vote;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The API through its MicroProfile Rest Client, as another Java service calls it: register, log in, post, vote, order,
 * and the problem answers it gets. MicroShed Testing's manual mode points at the server the build started.
 */
@MicroShedTest
class RestClientIT {

    private static final String PASSWORD = "s3cret-Passw0rd";

    @BeforeAll
    static void serverIsReady() {
        ServiceUnderTest.ready();
    }

    @Test
    void aClientRegistersLogsInPostsVotesAndOrders() throws Exception {
        String email = "rest-client-" + UUID.randomUUID() + "@example.com";
        try (ObservableApi anonymous = ApiClients.anonymous()) {
            User registered = anonymous.register(new Registration(email, PASSWORD));
            Token token = anonymous.login(new Credentials(email, PASSWORD));
            assertAll(
                    () -> assertEquals(email, registered.email(), "registered e-mail"),
                    () -> assertTrue(registered.id() > 0, "id " + registered.id()),
                    () -> assertEquals("Bearer", token.tokenType(), "token_type"),
                    () -> assertEquals(3600, token.expiresIn(), "expires_in"));

            try (ObservableApi api = ApiClients.withToken(token.accessToken())) {
                assertEquals(registered, api.me(), "users/me is the registered user");

                Post post = api.createPost(new NewPost("Typed client", "written through MicroProfile Rest Client", null));
                assertAll(
                        () -> assertEquals("Typed client", post.title(), "title"),
                        () -> assertTrue(post.published(), "published by default"),
                        () -> assertEquals(registered.id(), post.ownerId(), "owner_id"),
                        () -> assertEquals(registered, post.owner(), "owner"),
                        () -> assertEquals(0, post.votes(), "votes"));

                assertEquals(new Vote(post.id(), true), api.vote(new Vote(post.id(), true)), "vote cast");
                assertEquals(1, api.post(post.id()).votes(), "votes after voting");

                Product product = api.createProduct(new NewProduct("rest-client-" + UUID.randomUUID(), new BigDecimal("4.25"), 3));
                Order order = api.placeOrder(new NewOrder(product.id(), 2, "card", "standard"));
                assertAll(
                        () -> assertEquals("PAID", order.status(), "status"),
                        () -> assertEquals(0, new BigDecimal("8.50").compareTo(order.amount()), "amount " + order.amount()),
                        () -> assertEquals(product.id(), order.productId(), "product_id"),
                        () -> assertTrue(order.paymentTransactionId().startsWith("txn_"), "payment_transaction_id " + order.paymentTransactionId()),
                        () -> assertEquals(order, api.order(order.id()), "the order read back"),
                        () -> assertEquals(1, api.products().stream().filter(p -> p.id() == product.id()).findFirst()
                                .orElseThrow().stock(), "stock after ordering 2 of 3"));
            }
        }
    }

    @Test
    void aSecondRegistrationOfAnEmailIsAConflictProblem() throws Exception {
        String email = "rest-client-" + UUID.randomUUID() + "@example.com";
        try (ObservableApi api = ApiClients.anonymous()) {
            api.register(new Registration(email, PASSWORD));
            ProblemException conflict = assertThrows(ProblemException.class, () -> api.register(new Registration(email, PASSWORD)));
            assertAll(
                    () -> assertEquals(409, conflict.status(), "status"),
                    () -> assertEquals("application/problem+json", conflict.mediaType().toString(), "Content-Type"),
                    () -> assertEquals(409, conflict.problem().status(), "problem status"),
                    () -> assertEquals("about:blank", conflict.problem().type(), "problem type"),
                    () -> assertEquals("Conflict", conflict.problem().title(), "problem title"),
                    () -> assertEquals("/api/users", conflict.problem().instance(), "problem instance"));
        }
    }

    @Test
    void aCallWithoutTokenIsAnUnauthorizedProblem() throws Exception {
        try (ObservableApi api = ApiClients.anonymous()) {
            ProblemException unauthorized = assertThrows(ProblemException.class, api::me);
            assertAll(
                    () -> assertEquals(401, unauthorized.status(), "status"),
                    () -> assertEquals("application/problem+json", unauthorized.mediaType().toString(), "Content-Type"),
                    () -> assertEquals("Unauthorized", unauthorized.problem().title(), "problem title"),
                    () -> assertNull(unauthorized.problem().errors(), "no field errors"));
        }
    }
}
