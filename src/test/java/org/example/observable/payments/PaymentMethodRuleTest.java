package org.example.observable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaymentMethodRuleTest {

    @Test
    void declinedCardIsAlwaysDeclined() {
        assertEquals(PaymentMethodRule.DECLINE, PaymentMethodRule.of("declined_card"));
    }

    @Test
    void failGatewayAlwaysFailsTheGateway() {
        assertEquals(PaymentMethodRule.GATEWAY_FAILURE, PaymentMethodRule.of("fail_gateway"));
    }

    @Test
    void slowGatewayIsSlow() {
        assertEquals(PaymentMethodRule.SLOW_GATEWAY, PaymentMethodRule.of("slow_gateway"));
    }

    @Test
    void ordinaryMethodsAreApproved() {
        assertEquals(PaymentMethodRule.APPROVE, PaymentMethodRule.of("card"));
        assertEquals(PaymentMethodRule.APPROVE, PaymentMethodRule.of("paypal"));
    }
}
