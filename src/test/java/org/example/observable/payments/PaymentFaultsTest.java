package org.example.observable.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaymentFaultsTest {

    @Test
    void settingsAreParsedWithSurroundingBlanksIgnored() {
        assertEquals(new PaymentFaults(250, 0.25, 5000), PaymentFaults.parse(" 250", "0.25 ", "5000"));
    }

    @Test
    void aFailureRateAboveOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PaymentFaults.parse("0", "1.5", "0"));
    }

    @Test
    void aNegativeLatencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PaymentFaults.parse("-1", "0", "0"));
    }

    @Test
    void aNonNumericSettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PaymentFaults.parse("fast", "0", "0"));
    }

    @Test
    void aNotANumberFailureRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PaymentFaults.parse("0", "NaN", "0"));
    }

    @Test
    void rateZeroNeverFails() {
        assertFalse(new PaymentFaults(0, 0, 0).failsThisCall(() -> 0.0));
    }

    @Test
    void rateOneAlwaysFails() {
        assertTrue(new PaymentFaults(0, 1, 0).failsThisCall(() -> 0.999999));
    }

    @Test
    void aCallFailsWhenTheDrawIsBelowTheRate() {
        PaymentFaults faults = new PaymentFaults(0, 0.3, 0);
        assertTrue(faults.failsThisCall(() -> 0.29));
        assertFalse(faults.failsThisCall(() -> 0.3));
    }
}
