package org.example.observable.notifications;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.opentelemetry.proto.trace.v1.Span;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.DatabaseRows;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestDatabase;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay delivers each welcome message through a real SMTP server (GreenMail, in this JVM, on
 * {@code it.smtp.port}) exactly once, although the test server runs three competing relay workers; while the SMTP
 * server is down messages wait and are retried with backoff; each delivery is a {@code deliver_email} span linked to
 * the {@code send_email} span of the registration.
 */
class OutboxRelayIT {

    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static GreenMail smtp;
    private final DataSource database = TestDatabase.dataSource();

    @BeforeEach
    void smtpServerRuns() {
        if (smtp == null) {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void aWelcomeMessageIsDeliveredOnceInADeliverEmailSpanLinkedToTheRegistration() throws Exception {
        TestTrace registration = TestTrace.random();
        String email = register(registration);

        awaitDelivered(List.of(email));
        Span writer = registration.awaitSpan(TelemetryNames.SPAN_SEND_EMAIL);
        Span delivery = OtlpReceiver.shared().awaitSpan("deliver_email linked to the registration", span ->
                span.getName().equals(TelemetryNames.SPAN_DELIVER_EMAIL) && span.getLinksList().stream()
                        .anyMatch(link -> OtlpReceiver.hex(link.getSpanId()).equals(OtlpReceiver.spanIdHex(writer))));

        assertAll(
                () -> assertEquals(Span.SpanKind.SPAN_KIND_CONSUMER, delivery.getKind(), "kind"),
                () -> assertNotEquals(registration.traceId(), OtlpReceiver.traceIdHex(delivery), "a trace of its own"),
                () -> assertEquals(registration.traceId(), OtlpReceiver.hex(delivery.getLinks(0).getTraceId()), "linked trace"),
                () -> assertEquals(Optional.of("relay.example.org"), attribute(delivery, TelemetryNames.EMAIL_DOMAIN), "email.domain"),
                () -> assertEquals(Optional.of("1"), attribute(delivery, TelemetryNames.EMAIL_DELIVERY_ATTEMPT), "attempt"),
                () -> assertFalse(delivery.toString().contains(email), "the address is not on the span"));
        assertEquals(List.of("1"), DatabaseRows.strings(database,
                "SELECT o.attempts FROM notification_outbox o JOIN users u ON u.id = o.user_id"
                        + " WHERE u.email = ? AND o.sent_at IS NOT NULL", email), "one row, sent at the first attempt");
        assertEquals(WelcomeMessageService.SUBJECT, received(email).get(0).getSubject(), "subject");
    }

    @Test
    void registrationsInParallelAreEachDeliveredExactlyOnceByCompetingWorkers() throws Exception {
        int users = 24;
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<String> emails = new ArrayList<>();
        try {
            List<Future<String>> registrations = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                registrations.add(clients.submit(() -> register(TestTrace.random())));
            }
            for (Future<String> registration : registrations) {
                emails.add(registration.get());
            }
        } finally {
            clients.shutdownNow();
        }

        awaitDelivered(emails);
        Thread.sleep(1500); // several relay cycles of three workers: a second delivery would show now
        for (String email : emails) {
            assertEquals(1, received(email).size(), "messages received by " + email);
            assertEquals(List.of("1"), DatabaseRows.strings(database, "SELECT o.attempts FROM notification_outbox o"
                    + " JOIN users u ON u.id = o.user_id WHERE u.email = ? AND o.sent_at IS NOT NULL", email),
                    "one row for " + email + ", sent at its first attempt");
        }
    }

    @Test
    void whileTheSmtpServerIsDownMessagesWaitAndAreDeliveredWhenItIsBack() throws Exception {
        stopSmtpServer();
        String email = register(TestTrace.random());

        Awaitility.await("failed attempts recorded for " + email).atMost(DELIVERY).pollInterval(Duration.ofMillis(200))
                .until(() -> DatabaseRows.count(database, "SELECT count(*) FROM notification_outbox o JOIN users u"
                        + " ON u.id = o.user_id WHERE u.email = ? AND o.sent_at IS NULL AND o.attempts >= 2"
                        + " AND o.last_error IS NOT NULL", email) == 1);
        smtpServerRuns();

        awaitDelivered(List.of(email));
        assertEquals(1, received(email).size(), "delivered once");
        assertTrue(DatabaseRows.count(database, "SELECT o.attempts FROM notification_outbox o JOIN users u"
                + " ON u.id = o.user_id WHERE u.email = ? AND o.sent_at IS NOT NULL AND o.last_error IS NULL", email) >= 3,
                "delivered after the failed attempts");
    }

    private static String register(TestTrace trace) {
        String email = "relay-" + UUID.randomUUID() + "@relay.example.org";
        ServiceUnderTest.request().header("traceparent", trace.traceparent())
                .body(Map.of("email", email, "password", ApiUser.PASSWORD))
                .post("/api/users")
                .then().statusCode(201);
        return email;
    }

    private static void awaitDelivered(List<String> emails) {
        Awaitility.await("welcome messages delivered to " + emails.size() + " address(es)")
                .atMost(DELIVERY).pollInterval(Duration.ofMillis(200))
                .until(() -> emails.stream().allMatch(email -> !received(email).isEmpty()));
    }

    private static List<MimeMessage> received(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
