package org.example.observable.payments;

/** The deterministic outcome of a payment method: the test and demo methods fail on purpose, all others pass. */
public enum PaymentMethodRule {
    APPROVE, DECLINE, GATEWAY_FAILURE, SLOW_GATEWAY;

    public static PaymentMethodRule of(String paymentMethod) {
        return switch (paymentMethod) {
            case PaymentMethods.DECLINED_CARD -> DECLINE;
            case PaymentMethods.FAIL_GATEWAY -> GATEWAY_FAILURE;
            case PaymentMethods.SLOW_GATEWAY -> SLOW_GATEWAY;
            default -> APPROVE;
        };
    }
}
