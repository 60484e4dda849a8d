/**
 * Notifications: the welcome message of a new user, written to the {@code notification_outbox} table that a
 * mail relay drains.
 * <p>
 * Rules: a message is enqueued only after the registration transaction committed (a transactional observer of
 * {@link org.example.observable.users.UserRegistered}), on the default managed executor, never on the request
 * thread. The background work runs in a {@code send_email} span that is a child of the registration's request
 * span: the OpenTelemetry context is handed over explicitly ({@code Context.current().wrap}), because Liberty does
 * not propagate it into executor tasks. Spans carry the recipient's domain and the message length, never the
 * address or the text.
 * <p>
 * The relay ({@link org.example.observable.notifications.OutboxRelay}) sends due messages through Jakarta Mail,
 * each in a {@code deliver_email} span linked to the {@code send_email} span that wrote it; rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so workers and instances never send one message twice; failures are retried with
 * exponential backoff until delivered.
 */
package org.example.observable.notifications;
