package org.example.observable.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void missingParametersGiveTheFirstTenPosts() {
        assertEquals(new PageRequest(10, 0), PageRequest.of(null, null));
    }

    @Test
    void givenLimitAndSkipAreKept() {
        assertEquals(new PageRequest(25, 50), PageRequest.of("25", "50"));
    }

    @Test
    void limitAboveOneHundredIsCappedAtOneHundred() {
        assertEquals(100, PageRequest.of("1000", "0").limit());
    }

    @Test
    void limitOfOneIsAllowed() {
        assertEquals(1, PageRequest.of("1", null).limit());
    }

    @Test
    void limitBelowOneIsRejected() {
        assertThrows(InvalidPageRequestException.class, () -> PageRequest.of("0", null));
    }

    @Test
    void negativeSkipIsRejected() {
        assertThrows(InvalidPageRequestException.class, () -> PageRequest.of(null, "-1"));
    }

    @Test
    void nonNumericLimitIsRejected() {
        InvalidPageRequestException e = assertThrows(InvalidPageRequestException.class, () -> PageRequest.of("ten", null));

        assertEquals("limit", e.fieldErrors().get(0).field());
    }
}
