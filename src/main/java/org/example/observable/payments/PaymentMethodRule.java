package org.example.observable.payments;

/** The deterministic outcome of a payment method: the test and demo methods fail on purpose, all others pass. */
public enum PaymentMethodRule {
    APPROVE, DECLINE, GATEWAY_FAILURE, SLOW_GATEWAY;

    public static final String DECLINED_CARD = "declined_card";
    public static final String FAIL_GATEWAY = "fail_gateway";
    public static final String SLOW_GATEWAY_METHOD = "slow_gateway";

    public static PaymentMethodRule of(String paymentMethod) {
        return switch (paymentMethod) {
            case DECLINED_CARD -> DECLINE;
            case FAIL_GATEWAY -> GATEWAY_FAILURE;
            case SLOW_GATEWAY_METHOD -> SLOW_GATEWAY;
            default -> APPROVE;
        };
    }
}
