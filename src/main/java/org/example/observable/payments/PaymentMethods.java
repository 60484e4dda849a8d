package org.example.observable.payments;

/**
 * The payment methods the service accepts, listed once. Orders accept exactly these (they become the
 * {@code payment.method} metric attribute, so the list must stay closed); {@link PaymentMethodRule} gives the test
 * and demo methods their deterministic outcome.
 */
public final class PaymentMethods {

    public static final String CARD = "card";
    public static final String PAYPAL = "paypal";
    public static final String BANK_TRANSFER = "bank_transfer";
    /** Test and demo method: always declined (402). */
    public static final String DECLINED_CARD = "declined_card";
    /** Test and demo method: the gateway always fails (503). */
    public static final String FAIL_GATEWAY = "fail_gateway";
    /** Test and demo method: answered after {@code payment.fault.slow.ms}, past the orders client's read timeout. */
    public static final String SLOW_GATEWAY = "slow_gateway";

    /** Bean Validation {@code @Pattern} of an accepted method: compile-time constants, so annotations can use them. */
    public static final String ACCEPTED_PATTERN =
            CARD + "|" + PAYPAL + "|" + BANK_TRANSFER + "|" + DECLINED_CARD + "|" + FAIL_GATEWAY + "|" + SLOW_GATEWAY;
    public static final String ACCEPTED_MESSAGE = "must be one of " + CARD + ", " + PAYPAL + ", " + BANK_TRANSFER
            + " (test methods: " + DECLINED_CARD + ", " + FAIL_GATEWAY + ", " + SLOW_GATEWAY + ")";

    private PaymentMethods() {
    }
}
