package org.example.observable.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the outbox through the SMTP server of {@code mail.smtp.host} (env {@code MAIL_SMTP_HOST}): every
 * {@code outbox.relay.interval.ms}, each of {@code outbox.relay.workers} workers delivers due batches until none is
 * left ({@link OutboxDelivery}). Without a host the relay does not run and messages wait in the table. A failing
 * drain is logged at most once a minute, not per message.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final long LOG_EVERY_MILLIS = 60_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Observable <no-reply@observable.example>")
    String from;

    @Inject
    @ConfigProperty(name = "mail.smtp.timeout.ms", defaultValue = "5000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "outbox.relay.interval.ms", defaultValue = "5000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "outbox.relay.workers", defaultValue = "1")
    int workers;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private volatile long lastFailureLogged;

    void start(@Observes Startup startup) throws MessagingException {
        Optional<String> host = smtpHost.map(String::strip).filter(h -> !h.isEmpty());
        if (host.isEmpty()) {
            LOG.info("MAIL_SMTP_HOST is not set: welcome messages stay in notification_outbox until a relay sends them");
            return;
        }
        MailSender mail = new MailSender(host.get(), smtpPort, from, timeoutMillis);
        for (int i = 0; i < workers; i++) {
            running.add(scheduler.scheduleWithFixedDelay(() -> drain(mail), intervalMillis, intervalMillis,
                    TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void stop() {
        running.forEach(task -> task.cancel(false));
    }

    private void drain(MailSender mail) {
        try {
            while (delivery.deliverDueBatch(mail) == delivery.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureLogged >= LOG_EVERY_MILLIS) {
                lastFailureLogged = now;
                LOG.log(Level.WARNING, "Outbox relay could not drain the outbox; retrying every " + intervalMillis + " ms", e);
            }
        }
    }
}
