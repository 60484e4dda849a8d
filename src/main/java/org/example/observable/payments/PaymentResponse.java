package org.example.observable.payments;

/** An approved payment; declines and failures are problem answers. */
public record PaymentResponse(String transactionId, String status) {
}
