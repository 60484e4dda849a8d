package org.example.observable.orders.payment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class PaymentTimeoutRecognitionTest {

    @Test
    void aReadTimeoutAnywhereInTheCausesIsATimeout() {
        assertTrue(PaymentCall.isTimeout(new ProcessingException(new RuntimeException(new SocketTimeoutException("Read timed out")))));
    }

    @Test
    void aRefusedConnectionIsNotATimeout() {
        assertFalse(PaymentCall.isTimeout(new ProcessingException(new ConnectException("Connection refused"))));
    }
}
